// Actions as `action list` shows them: the columns and one action's cells.
#pragma once

#include <vector>

#include "clerk/diary/action.hpp"
#include "clerk/render/table.hpp"

namespace clerk::diary {

std::vector<render::Column> action_columns();
std::vector<render::Cell> action_cells(const Action& action, Date today);

}  // namespace clerk::diary
