#include "clerk/directpay/schedule.hpp"

#include <algorithm>

#include "clerk/core/error.hpp"
#include "clerk/core/text.hpp"

namespace clerk::directpay {

const EnumWords& enum_words(Every) {
  static const EnumWords w{"every", {"week", "4-weeks", "month"}};
  return w;
}

std::vector<Date> due_dates(const Schedule& s, const Period& period) {
  std::vector<Date> out;
  Date end = s.ends_on ? std::min(*s.ends_on, period.to) : period.to;
  for (int n = 0;; ++n) {
    // Months count from the start each time so a 31st does not drift to the 28th for good.
    Date due = s.every == Every::month
                   ? s.starts_on.plus_months(n)
                   : s.starts_on.plus_days(n * (s.every == Every::week ? 7 : 28));
    if (due >= end) break;
    if (due >= period.from) out.push_back(due);
  }
  return out;
}

Money weeks_of_payments(const Schedule& s, int weeks) {
  // amount × weeks × (payments a week) as an exact fraction, rounded half up to the penny.
  int64_t numerator = s.amount.pence() * weeks, denominator = 1;
  if (s.every == Every::four_weeks) denominator = 4;
  if (s.every == Every::month) {
    numerator *= 12;
    denominator = 52;
  }
  return Money::from_pence((numerator * 2 + denominator) / (denominator * 2));
}

std::string every_text(Every every) {
  switch (every) {
    case Every::week:
      return "a week";
    case Every::four_weeks:
      return "every 4 weeks";
    case Every::month:
      return "a month";
  }
  return "";
}

std::string schedule_text(const Schedule& s) {
  return s.amount.display() + " " + every_text(s.every) + " from " + s.starts_on.iso();
}

}  // namespace clerk::directpay
