#include "clerk/privacy/retention.hpp"

namespace clerk::privacy {

RetentionCutoffs retention_cutoffs(const config::Retention& policy, Date today) {
  auto years_before = [&](int years) { return today.plus_months(-12 * years); };
  RetentionCutoffs c;
  c.cases_closed_before = years_before(policy.closed_cases_years);
  // An item's financial year ends on the 31 March after it; that end must be more than N years
  // ago, so the item is dated on or before the last 31 March before the N-years-ago day.
  Date n_ago = years_before(policy.expenses_years);
  Date march = *Date::from_ymd(n_ago.year(), 3, 31);
  c.expenses_dated_up_to = march < n_ago ? march : *Date::from_ymd(n_ago.year() - 1, 3, 31);
  c.diary_ended_before = years_before(policy.diary_years);
  c.access_before = years_before(policy.access_log_years);
  return c;
}

}  // namespace clerk::privacy
