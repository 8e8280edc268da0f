// `audit expenses`: run the expense policy checks over a period and count what they find.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "clerk/core/period.hpp"
#include "clerk/expense/expense_checks.hpp"
#include "clerk/session/context.hpp"

namespace clerk::expense {

struct ExpenseCheckSummary {
  Period period;
  int64_t items = 0;
  int64_t counts[3] = {0, 0, 0};  // by Severity
  int64_t findings() const { return counts[0] + counts[1] + counts[2]; }
  // Whether any finding is at `level` or worse.
  bool reaches(Severity level) const;
  std::string describe() const;  // "3 findings (1 error, 2 warnings) in 120 items, FY 2026-27"
};

// Streams the findings for items dated in `period` to `each`, in claimant and date order.
ExpenseCheckSummary check_expenses(Context& ctx, const Period& period,
                                   const std::function<void(const ExpenseFinding&)>& each);

}  // namespace clerk::expense
