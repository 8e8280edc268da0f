// Budget arithmetic for one code in one financial year: committed, spent, remaining, % used,
// a forecast to year end at the run-rate so far, and the warning thresholds reached. Pure.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "clerk/core/money.hpp"
#include "clerk/core/period.hpp"

namespace clerk::expense {

struct BudgetLine {
  std::string code;
  std::string name;
  std::optional<Money> budget;  // none set for this code and year
  Money committed;              // submitted and approved, not yet paid
  Money spent;                  // paid

  Money used() const { return committed + spent; }
  // The budget less what is used; none without a budget.
  std::optional<Money> remaining() const;
  // Whole percent of the budget used, rounded down (so 99.9% is not yet 100); none without a
  // budget or with a zero budget.
  std::optional<int64_t> used_percent() const;
  // What the year will have used at the rate so far: used × days in the year / days gone.
  // Before the year starts it is what is used already; after it ends, the actual.
  Money forecast(const Period& year, Date today) const;
  // "over budget" when used passes the budget, else "reached N%" for the highest of
  // `thresholds` (ascending percentages) reached, "no budget" for spending with none set,
  // else empty.
  std::string flag(const std::vector<int>& thresholds) const;
};

}  // namespace clerk::expense
