// The expense_budget table's SQL, and the sums of the expense table a budget is measured by.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <SQLiteCpp/Database.h>

#include "clerk/core/money.hpp"
#include "clerk/core/period.hpp"
#include "clerk/expense/budget.hpp"

namespace clerk::expense {

struct Budget {
  int64_t id = 0;
  std::string code;
  int fy = 0;
  std::string name;
  Money amount;
};

std::optional<Budget> find_budget(SQLite::Database& db, const std::string& code, int fy);
int64_t insert_budget(SQLite::Database& db, const Budget& budget);
void update_budget(SQLite::Database& db, const Budget& budget);

// Every code with a budget in financial year `fy` or an item dated in it, in code order, with
// its committed and spent sums.
std::vector<BudgetLine> budget_lines(SQLite::Database& db, int fy);
// What code's approved and paid items dated in `year` add up to.
Money approved_and_paid(SQLite::Database& db, const std::string& code, const Period& year);

}  // namespace clerk::expense
