// Bank holidays as `config holidays list` shows them.
#pragma once

#include <vector>

#include "clerk/core/calendar.hpp"
#include "clerk/render/table.hpp"

namespace clerk::admin {

render::Table holiday_table(const std::vector<Holiday>& holidays);

}  // namespace clerk::admin
