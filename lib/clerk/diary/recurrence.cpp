#include "clerk/diary/recurrence.hpp"

#include <algorithm>
#include <array>

#include "clerk/core/error.hpp"
#include "clerk/core/text.hpp"

namespace clerk::diary {
namespace {

using std::chrono::weekday;

constexpr std::array<std::string_view, 7> kWeekdayNames = {
    "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
constexpr std::array<std::string_view, 5> kOrdinals = {"first", "second", "third", "fourth",
                                                       "fifth"};

// Days since Monday: the position of a day in RFC 5545's default week (WKST=MO).
int monday_index(weekday d) { return int((d - std::chrono::Monday).count()); }

std::vector<weekday> days_of(const Recurrence& rule, Date first) {
  std::vector<weekday> days = rule.weekdays;
  if (days.empty()) days.push_back(first.weekday());
  std::sort(days.begin(), days.end(),
            [](weekday a, weekday b) { return monday_index(a) < monday_index(b); });
  days.erase(std::unique(days.begin(), days.end()), days.end());
  return days;
}

// The day a monthly rule gives in a month, if that month has one.
std::optional<Date> monthly_day(const Recurrence& rule, Date first, int year, unsigned month) {
  using namespace std::chrono;
  if (rule.nth == 0) return Date::from_ymd(year, month, first.day());
  year_month ym{std::chrono::year{year}, std::chrono::month{month}};
  if (rule.nth < 0)
    return Date(
        sys_days{year_month_weekday_last{ym.year(), ym.month(), weekday_last{rule.weekday}}});
  year_month_weekday ymw{ym.year(), ym.month(), weekday_indexed{rule.weekday, unsigned(rule.nth)}};
  if (!ymw.ok()) return std::nullopt;
  return Date(sys_days{ymw});
}

// Weekly rules: period p is the week (Monday first) `interval * p` weeks after the first's.
// Periods before `from` are jumped over arithmetically, counting the occurrences they hold,
// so a long-running series costs the same to expand for next week as for its first week.
void weekly_dates(const Recurrence& rule, Date first, Date from, Date to,
                  const std::function<void(Date)>& each) {
  const auto days = days_of(rule, first);
  const Date week0 = first.plus_days(-monday_index(first.weekday()));
  const int step = 7 * rule.interval;
  // Occurrences in period 0: the first itself, then the rule's later days that week.
  int in_first_period = 1;
  for (weekday d : days)
    if (monday_index(d) > monday_index(first.weekday())) ++in_first_period;
  const int per_period = int(days.size());
  int64_t period = std::max(0, week0.days_until(from) / step);
  for (;; ++period) {
    Date week = week0.plus_days(int(period * step));
    if (week > to) return;
    int64_t index = in_first_period + (period - 1) * per_period;
    if (period == 0) {
      // The first counts even when the rule does not name its weekday (DTSTART always does).
      if (first >= from) each(first);
      index = 1;
    }
    for (weekday d : days) {
      Date date = week.plus_days(monday_index(d));
      if (period == 0 && date <= first) continue;
      if (rule.count > 0 && index >= rule.count) return;
      if ((rule.until && date > *rule.until) || date > to) return;
      if (date >= from) each(date);
      ++index;
    }
  }
}

void monthly_dates(const Recurrence& rule, Date first, Date from, Date to,
                   const std::function<void(Date)>& each) {
  // With a count, every month from the first must be walked to know how many have gone by
  // (some months have no such day); without one, months well before `from` are jumped.
  int64_t months_to_from =
      (int64_t(from.year()) - first.year()) * 12 + int64_t(from.month()) - first.month();
  int64_t period = rule.count > 0 ? 0 : std::max<int64_t>(0, months_to_from / rule.interval - 1);
  int64_t index = 0;
  for (;; ++period) {
    int64_t m = int64_t(first.month()) - 1 + period * rule.interval;
    int year = first.year() + int(m / 12);
    if (year > 9999) return;
    auto date = period == 0 ? std::optional<Date>(first)
                            : monthly_day(rule, first, year, unsigned(m % 12) + 1);
    if (!date) continue;
    if (rule.count > 0 && index >= rule.count) return;
    if ((rule.until && *date > *rule.until) || *date > to) return;
    if (*date >= from) each(*date);
    ++index;
  }
}

}  // namespace

const EnumWords& enum_words(Repeat) {
  static const EnumWords w{"repeat", {"weekly", "fortnightly", "monthly"}};
  return w;
}

const EnumWords& enum_words(MonthlyBy) {
  static const EnumWords w{"by", {"date", "weekday", "last-weekday"}};
  return w;
}

Recurrence make_rule(Repeat repeat, std::string_view by, Date first) {
  Recurrence rule;
  rule.frequency = repeat == Repeat::monthly ? Frequency::monthly : Frequency::weekly;
  rule.interval = repeat == Repeat::fortnightly ? 2 : 1;
  if (text::trim(by).empty()) return rule;
  std::optional<MonthlyBy> how = find_word<MonthlyBy>(by);
  if (how == MonthlyBy::date) return rule;
  if (repeat != Repeat::monthly)
    throw Error(ErrorKind::usage, "--by applies to monthly repeats only").field("by");
  if (!how) throw not_one_of(by, "by", words<MonthlyBy>());
  rule.weekday = first.weekday();
  if (how == MonthlyBy::weekday) {
    rule.nth = int((first.day() - 1) / 7) + 1;
  } else {
    if (first.plus_days(7).month() == first.month())
      throw Error(ErrorKind::bad_data, first.iso() + " is not the last " +
                                           std::string(weekday_name(first.weekday())) +
                                           " of its month")
          .field("by");
    rule.nth = -1;
  }
  return rule;
}

Recurrence canonical(Recurrence rule, Date first) {
  if (rule.frequency != Frequency::weekly) return rule;
  rule.weekdays = days_of(rule, first);
  if (rule.weekdays.size() == 1 && rule.weekdays.front() == first.weekday()) rule.weekdays.clear();
  return rule;
}

void for_each_date(const Recurrence& rule, Date first, Date from, Date to,
                   const std::function<void(Date)>& each) {
  if (to < from || to < first) return;
  if (rule.frequency == Frequency::weekly)
    weekly_dates(rule, first, from, to, each);
  else
    monthly_dates(rule, first, from, to, each);
}

std::optional<Date> last_date(const Recurrence& rule, Date first) {
  if (rule.count == 0) return rule.until;
  std::optional<Date> last;
  Date end = rule.until ? *rule.until : *Date::from_ymd(9999, 12, 31);
  for_each_date(rule, first, first, end, [&](Date d) { last = d; });
  return last;
}

std::string_view weekday_name(weekday day) { return kWeekdayNames[day.c_encoding()]; }

std::string describe(const Recurrence& rule, Date first) {
  std::string out;
  if (rule.frequency == Frequency::weekly) {
    out = rule.interval == 1   ? "weekly"
          : rule.interval == 2 ? "fortnightly"
                               : "every " + std::to_string(rule.interval) + " weeks";
    std::vector<std::string> names;
    for (weekday d : days_of(rule, first)) names.emplace_back(weekday_name(d));
    out += " on " + text::join(names, ", ");
  } else {
    out = rule.interval == 1 ? "monthly" : "every " + std::to_string(rule.interval) + " months";
    if (rule.nth == 0)
      out += " on day " + std::to_string(first.day());
    else
      out +=
          std::string(" on the ") +
          std::string(rule.nth < 0 ? std::string_view("last") : kOrdinals[size_t(rule.nth - 1)]) +
          " " + std::string(weekday_name(rule.weekday));
  }
  if (rule.until) out += " until " + rule.until->iso();
  if (rule.count > 0) out += ", " + std::to_string(rule.count) + " times";
  return out;
}

}  // namespace clerk::diary
