// The expense_budget table's SQL, and the sums of the expense table a budget is measured by.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "clerk/core/money.hpp"
#include "clerk/core/period.hpp"
#include "clerk/db/connection.hpp"
#include "clerk/expense/budget.hpp"

namespace clerk::expense {

struct Budget {
  int64_t id = 0;
  std::string code;
  int fy = 0;
  std::string name;
  Money amount;
};

std::optional<Budget> find_budget(db::Connection& db, const std::string& code, int fy);
int64_t insert_budget(db::Connection& db, const Budget& budget);
void update_budget(db::Connection& db, const Budget& budget);

// Every code with a budget in financial year `fy` or an item dated in it, in code order, with
// its committed and spent sums.
std::vector<BudgetLine> budget_lines(db::Connection& db, int fy);
// What code's approved and paid items dated in `year` add up to.
Money approved_and_paid(db::Connection& db, const std::string& code, const Period& year);

}  // namespace clerk::expense
