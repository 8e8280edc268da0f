// Recurrence: the weekly, fortnightly and monthly rules an office diary uses (a subset of
// RFC 5545 section 3.3.10's RRULE), expanded to occurrence dates over a range.
#pragma once

#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "clerk/core/date.hpp"
#include "clerk/core/word_enum.hpp"

namespace clerk::diary {

enum class Frequency { weekly, monthly };

struct Recurrence {
  Frequency frequency = Frequency::weekly;
  int interval = 1;  // weeks or months between periods: 2 is fortnightly
  // weekly: the days it falls on, in Monday-first order (RFC 5545's default WKST=MO); empty
  // means the first occurrence's weekday.
  std::vector<std::chrono::weekday> weekdays;
  // monthly: 0 falls on the first occurrence's day of the month; 1 to 5 on that numbered
  // `weekday` of the month; -1 on the last `weekday` of the month.
  int nth = 0;
  std::chrono::weekday weekday{};  // Sunday when unused, so rules compare equal
  std::optional<Date> until;       // no occurrence starts after this day
  int count = 0;                   // at most this many occurrences; 0 for no limit

  bool operator==(const Recurrence&) const = default;
};

// How people name a rule on the command line.
enum class Repeat { weekly, fortnightly, monthly };
const EnumWords& enum_words(Repeat);
// How a monthly rule picks its day: the date, the numbered weekday, or the last weekday.
enum class MonthlyBy { date, weekday, last_weekday };
const EnumWords& enum_words(MonthlyBy);

// The rule `repeat` names for a series starting on `first`. `by` ("date", "weekday",
// "last-weekday") matters only for monthly: "weekday" keeps the first's numbered weekday (the
// fourth Friday; a fifth one skips months without it), "last-weekday" needs a first that is the
// last such weekday of its month. Error{bad_data} or Error{usage} naming "by" otherwise.
Recurrence make_rule(Repeat repeat, std::string_view by, Date first);

// The one form of a rule that means the same thing, so two can be compared: weekly days in
// Monday-first order without repeats, and none at all when they are just the first's weekday.
Recurrence canonical(Recurrence rule, Date first);

// Calls `each` with every date the rule gives from `first` (always the first occurrence, as
// DTSTART is in RFC 5545 section 3.8.5.3) that lies in [from, to], in order, honouring `until`
// and `count`. Dates a rule names that do not exist (the 31st of a 30-day month, a fifth Monday)
// are skipped, as RFC 5545 section 3.3.10 requires. `count` counts occurrences before `from`
// too, and (section 3.8.5.1) before exceptions are taken out.
void for_each_date(const Recurrence& rule, Date first, Date from, Date to,
                   const std::function<void(Date)>& each);

// The last day an occurrence can start, or nullopt when the series does not end.
std::optional<Date> last_date(const Recurrence& rule, Date first);

// For people: "weekly on Tuesday", "fortnightly on Monday, Wednesday", "monthly on day 31",
// "monthly on the first Friday", "monthly on the last Sunday", then " until 2027-03-30" or
// ", 10 times".
std::string describe(const Recurrence& rule, Date first);

std::string_view weekday_name(std::chrono::weekday day);  // "Monday"

}  // namespace clerk::diary
