// Direct Payments schedules: what a recipient has been agreed, when each payment falls due, and
// the contingency (weeks of payments) they may keep.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "clerk/core/date.hpp"
#include "clerk/core/money.hpp"
#include "clerk/core/period.hpp"
#include "clerk/core/word_enum.hpp"

namespace clerk::directpay {

enum class Every { week, four_weeks, month };
const EnumWords& enum_words(Every);  // week, 4-weeks, month

struct Schedule {
  int64_t id = 0;
  int64_t contact_id = 0;
  std::string recipient;  // the contact's name
  Money amount;
  Every every = Every::month;
  Date starts_on;               // the first payment's due date
  std::optional<Date> ends_on;  // exclusive; none while in force
};

// The due dates of `schedule`'s payments inside `period`: every 7 or 28 days from the start, or
// the same day of each month from the start (the month's last day when it has no such day).
std::vector<Date> due_dates(const Schedule& schedule, const Period& period);

// `weeks` weeks of payments on `schedule`, to the nearest penny: a monthly amount is 12/52 of
// it a week (the council's usual conversion), a 4-weekly one a quarter of it.
Money weeks_of_payments(const Schedule& schedule, int weeks);

// How often, in words: "a week", "every 4 weeks", "a month".
std::string every_text(Every every);
// The schedule in words: "£250.00 a month from 2026-04-01".
std::string schedule_text(const Schedule& schedule);

}  // namespace clerk::directpay
