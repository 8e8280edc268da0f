#include "clerk/expense/expense_check_ops.hpp"

#include <fmt/format.h>

#include "clerk/expense/expense_check_store.hpp"
#include "clerk/expense/mileage.hpp"
#include "clerk/people/staff_store.hpp"

namespace clerk::expense {

bool ExpenseCheckSummary::reaches(Severity level) const {
  for (int s = int(level); s <= int(Severity::error); ++s)
    if (counts[s] > 0) return true;
  return false;
}

std::string ExpenseCheckSummary::describe() const {
  auto plural = [](int64_t n, const char* one, const char* many) {
    return fmt::format("{} {}", n, n == 1 ? one : many);
  };
  std::vector<std::string> parts;
  if (counts[2]) parts.push_back(plural(counts[2], "error", "errors"));
  if (counts[1]) parts.push_back(plural(counts[1], "warning", "warnings"));
  if (counts[0]) parts.push_back(plural(counts[0], "info", "info"));
  std::string split;
  for (size_t i = 0; i < parts.size(); ++i) split += (i ? ", " : "") + parts[i];
  return plural(findings(), "finding", "findings") + (split.empty() ? "" : " (" + split + ")") +
         " in " + plural(items, "item", "items") + ", " + period.label;
}

ExpenseCheckSummary check_expenses(Context& ctx, const Period& period,
                                   const std::function<void(const ExpenseFinding&)>& each) {
  std::map<int64_t, Approver> staff;
  for (const auto& s : people::list_staff(ctx.db(), true))
    staff[s.id] = {s.login, s.approval_limit};
  ExpenseCheckSummary summary{period};
  ExpenseChecker checker(ctx.config().expense_checks,
                         expense::rate_table(ctx.config().expenses.mileage_rates), ctx.calendar(),
                         ctx.config().holidays.nation, std::move(staff), period, ctx.today(),
                         [&](const ExpenseFinding& f) {
                           ++summary.counts[int(f.severity)];
                           each(f);
                         });
  // The threshold counts miles from the start of the tax year the period begins in.
  Date miles_from = tax_year(tax_year_of(period.from)).from;
  for_each_check_item(ctx.db(), period, miles_from,
                      [&](const CheckItem& item) { checker.add(item); });
  checker.finish();
  summary.items = checker.items_checked();
  return summary;
}

}  // namespace clerk::expense
