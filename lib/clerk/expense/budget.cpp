#include "clerk/expense/budget.hpp"

namespace clerk::expense {

std::optional<Money> BudgetLine::remaining() const {
  if (!budget) return std::nullopt;
  return *budget - used();
}

std::optional<int64_t> BudgetLine::used_percent() const {
  if (!budget || budget->pence() == 0) return std::nullopt;
  // Money's multiplication is checked, so no sum can overflow silently; floor division, so
  // refunds that make the use negative round down too.
  int64_t scaled = (used() * 100).pence();
  int64_t pct = scaled / budget->pence();
  if (scaled % budget->pence() != 0 && scaled < 0) --pct;
  return pct;
}

Money BudgetLine::forecast(const Period& year, Date today) const {
  if (!year.contains(today)) return used();
  // Today counts as a day gone: a run-rate from the spending recorded up to and including it.
  int64_t gone = year.from.days_until(today) + 1;
  return Money::from_pence((used() * year.days()).pence() / gone);
}

std::string BudgetLine::flag(const std::vector<int>& thresholds) const {
  if (!budget) return used() == Money() ? "" : "no budget";
  if (used() > *budget) return "over budget";
  auto pct = used_percent();
  std::string reached;
  for (int t : thresholds)
    if (pct && *pct >= t) reached = "reached " + std::to_string(t) + "%";
  return reached;
}

}  // namespace clerk::expense
