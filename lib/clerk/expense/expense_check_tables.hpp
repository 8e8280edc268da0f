// `audit expenses` as a table: one row per finding of the expense policy checks.
#pragma once

#include <vector>

#include "clerk/expense/expense_checks.hpp"
#include "clerk/render/table.hpp"

namespace clerk::expense {

std::vector<render::Column> expense_finding_columns();
std::vector<render::Cell> expense_finding_cells(const ExpenseFinding& finding);

}  // namespace clerk::expense
