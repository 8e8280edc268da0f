// Staff as `staff list` shows them.
#pragma once

#include <vector>

#include "clerk/people/staff.hpp"
#include "clerk/render/table.hpp"

namespace clerk::people {

render::Table staff_table(const std::vector<Staff>& staff);

}  // namespace clerk::people
