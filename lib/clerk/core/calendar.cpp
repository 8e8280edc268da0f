#include "clerk/core/calendar.hpp"

#include <algorithm>
#include <array>
#include <tuple>

#include "clerk/core/error.hpp"
#include "clerk/core/json.hpp"
#include "clerk/core/text.hpp"

namespace clerk::core::embedded {
// data/bank-holidays.json, compiled in by cmake/embed.cmake.
extern const std::vector<std::pair<std::string_view, std::string_view>> holidays;
}  // namespace clerk::core::embedded

namespace clerk {
namespace {

constexpr std::array<Nation, 3> kNations = {Nation::england_and_wales, Nation::scotland,
                                            Nation::northern_ireland};

bool by_date_then_nation(const Holiday& a, const Holiday& b) {
  return std::tie(a.date, a.nation) < std::tie(b.date, b.nation);
}

bool same_day(const Holiday& a, const Holiday& b) {
  return a.date == b.date && a.nation == b.nation;
}

size_t index(Nation nation) { return static_cast<size_t>(nation); }

// Years past the last listed one that shipped() computes up front; later ones are computed on
// each look-up.
constexpr int kYearsHeldAhead = 30;

bool contains(const std::vector<Holiday>& days, Date date, Nation nation) {
  auto at = std::lower_bound(days.begin(), days.end(), std::tie(date, nation),
                             [](const Holiday& h, const std::tuple<Date&, Nation&>& key) {
                               return std::tie(h.date, h.nation) < key;
                             });
  return at != days.end() && at->date == date && at->nation == nation;
}

// Restores the class invariant: sorted by (date, nation), one entry per nation and date (the
// first one wins, so earlier sources keep their titles).
void sort_unique(std::vector<Holiday>& days) {
  std::stable_sort(days.begin(), days.end(), by_date_then_nation);
  days.erase(std::unique(days.begin(), days.end(), same_day), days.end());
}

Date make_date(int year, unsigned month, unsigned day) {
  return Date(std::chrono::sys_days{std::chrono::year_month_day{
      std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{day}}});
}

Date first_monday(int year, unsigned month) {
  return Date(std::chrono::sys_days{std::chrono::year_month_weekday{
      std::chrono::year{year}, std::chrono::month{month}, std::chrono::Monday[1]}});
}

Date last_monday(int year, unsigned month) {
  return Date(std::chrono::sys_days{std::chrono::year_month_weekday_last{
      std::chrono::year{year}, std::chrono::month{month}, std::chrono::Monday[std::chrono::last]}});
}

const json::Value& member(const json::Value& object, std::string_view key) {
  const json::Value* found = object.find(key);
  if (!found) {
    throw Error(ErrorKind::bad_data, "missing \"" + std::string(key) + "\"")
        .field(std::string(key))
        .line(object.line);
  }
  return *found;
}

std::vector<Holiday> read_divisions(const json::Value& document) {
  std::vector<Holiday> out;
  for (const auto& [name, division] : document.object()) {
    auto nation = find_word<Nation>(name);
    if (!nation) {
      throw Error(ErrorKind::bad_data, "unknown division \"" + name + "\"")
          .field(name)
          .line(division.line)
          .suggest(text::near_misses(name, words<Nation>()));
    }
    for (const json::Value& event : member(division, "events").array()) {
      const json::Value& date = member(event, "date");
      auto day = Date::try_parse_iso(date.string());
      if (!day) {
        throw Error(ErrorKind::bad_data, "\"" + date.string() + "\" is not a date (YYYY-MM-DD)")
            .field("date")
            .line(date.line);
      }
      out.push_back(Holiday{*day, member(event, "title").string(), *nation, false, "official"});
    }
  }
  return out;
}

}  // namespace

const EnumWords& enum_words(Nation) {
  static const EnumWords w{"nation", {"england-and-wales", "scotland", "northern-ireland"}};
  return w;
}

std::vector<Holiday> parse_official_holidays(std::string_view json, std::string_view source) {
  try {
    return read_divisions(json::parse(json, source));
  } catch (Error& e) {
    // Value accessors know the line but not the file; name it here.
    if (e.source().empty()) e.source(std::string(source));
    throw;
  }
}

HolidayCalendar HolidayCalendar::shipped() {
  const auto& files = core::embedded::holidays;
  auto file = std::find_if(files.begin(), files.end(),
                           [](const auto& f) { return f.first == "bank-holidays.json"; });
  if (file == files.end())
    throw Error(ErrorKind::internal, "the built-in bank holiday list is missing");

  HolidayCalendar calendar;
  calendar.days_ = parse_official_holidays(file->second, "bank-holidays.json (built in)");
  sort_unique(calendar.days_);
  for (Nation nation : kNations) {
    int last_listed = 0;
    for (const Holiday& h : calendar.days_)
      if (h.nation == nation) last_listed = std::max(last_listed, h.date.year());
    if (last_listed == 0) {
      throw Error(ErrorKind::internal, "the built-in bank holiday list has no " + word(nation));
    }
    calendar.held_through_[index(nation)] = last_listed;
    // Holidays are announced a year or two ahead; until GOV.UK lists a year, the statutory rules
    // give the days a year with no one-off changes would have. The next decades are held; later
    // years are computed when asked for.
    calendar.extend_through(nation, last_listed + kYearsHeldAhead);
  }
  return calendar;
}

void HolidayCalendar::extend_through(Nation nation, int year) {
  int& held = held_through_[index(nation)];
  if (year <= held) return;
  for (int y = held + 1; y <= year; ++y) {
    auto computed = statutory_holidays(nation, y);
    days_.insert(days_.end(), computed.begin(), computed.end());
    computed_years_.emplace_back(nation, y);
  }
  held = year;
  sort_unique(days_);
  std::sort(computed_years_.begin(), computed_years_.end());
}

void HolidayCalendar::add(const Holiday& holiday) {
  extend_through(holiday.nation, holiday.date.year() - 1);
  auto at = std::lower_bound(days_.begin(), days_.end(), holiday, by_date_then_nation);
  if (at != days_.end() && same_day(*at, holiday)) return;
  days_.insert(at, holiday);
}

void HolidayCalendar::add_closure(const Holiday& closure) {
  auto at = std::lower_bound(closures_.begin(), closures_.end(), closure, by_date_then_nation);
  if (at != closures_.end() && same_day(*at, closure)) return;
  closures_.insert(at, closure);
}

void HolidayCalendar::replace_years(const std::vector<Holiday>& holidays) {
  std::vector<std::pair<Nation, int>> covered;
  for (const Holiday& h : holidays) covered.emplace_back(h.nation, h.date.year());
  std::sort(covered.begin(), covered.end());
  // A list that skips years past what is held leaves no hole: the skipped years are computed.
  for (const auto& [nation, year] : covered) extend_through(nation, year - 1);
  std::erase_if(days_, [&](const Holiday& h) {
    return std::binary_search(covered.begin(), covered.end(), std::pair{h.nation, h.date.year()});
  });
  days_.insert(days_.end(), holidays.begin(), holidays.end());
  sort_unique(days_);
  std::erase_if(computed_years_, [&](const auto& y) {
    return std::binary_search(covered.begin(), covered.end(), y);
  });
  for (const auto& [nation, year] : covered)
    held_through_[index(nation)] = std::max(held_through_[index(nation)], year);
}

bool HolidayCalendar::is_bank_holiday(Date date, Nation nation) const {
  if (date.year() > held_through_[index(nation)]) {
    auto days = statutory_holidays(nation, date.year());
    return std::any_of(days.begin(), days.end(), [&](const Holiday& h) { return h.date == date; });
  }
  return contains(days_, date, nation);
}

bool HolidayCalendar::is_holiday(Date date, Nation nation) const {
  return is_bank_holiday(date, nation) || contains(closures_, date, nation);
}

bool HolidayCalendar::is_bank_holiday_anywhere(Date date) const {
  return std::any_of(kNations.begin(), kNations.end(),
                     [&](Nation nation) { return is_bank_holiday(date, nation); });
}

bool HolidayCalendar::is_provisional(Date date, Nation nation) const {
  return date.year() > held_through_[index(nation)] ||
         std::binary_search(computed_years_.begin(), computed_years_.end(),
                            std::pair{nation, date.year()});
}

std::vector<Holiday> HolidayCalendar::bank_holidays_in(Nation nation, Date from, Date to) const {
  std::vector<Holiday> out;
  auto at = std::lower_bound(days_.begin(), days_.end(), from,
                             [](const Holiday& h, Date d) { return h.date < d; });
  for (; at != days_.end() && at->date <= to; ++at)
    if (at->nation == nation) out.push_back(*at);
  for (int year = std::max(from.year(), held_through_[index(nation)] + 1); year <= to.year();
       ++year) {
    for (Holiday& h : statutory_holidays(nation, year))
      if (from <= h.date && h.date <= to) out.push_back(std::move(h));
  }
  return out;
}

std::vector<Holiday> HolidayCalendar::list(Nation nation, Date from, Date to) const {
  std::vector<Holiday> out = bank_holidays_in(nation, from, to);
  for (const Holiday& c : closures_)
    if (c.nation == nation && from <= c.date && c.date <= to) out.push_back(c);
  // Bank holidays come first in `out`, so on a shared day the stable sort keeps them.
  sort_unique(out);
  return out;
}

std::vector<Holiday> statutory_holidays(Nation nation, int year) {
  struct Rule {
    Date date;
    std::string_view title;
    bool movable_to_weekday;  // a fixed calendar date, substituted when it falls at a weekend
  };
  Date easter = easter_sunday(year);
  bool scotland = nation == Nation::scotland;
  bool northern_ireland = nation == Nation::northern_ireland;

  // Banking and Financial Dealings Act 1971, Schedule 1, plus the days added each year by royal
  // proclamation (New Year's Day, Early May, and in Northern Ireland 12 July). Titles follow
  // GOV.UK so computed days read like the official list.
  std::vector<Rule> rules;
  rules.push_back({make_date(year, 1, 1), "New Year\u2019s Day", true});
  if (scotland) rules.push_back({make_date(year, 1, 2), "2nd January", true});
  if (northern_ireland) rules.push_back({make_date(year, 3, 17), "St Patrick\u2019s Day", true});
  rules.push_back({easter.plus_days(-2), "Good Friday", false});
  // Scotland has no Easter Monday bank holiday.
  if (!scotland) rules.push_back({easter.plus_days(1), "Easter Monday", false});
  rules.push_back({first_monday(year, 5), "Early May bank holiday", false});
  rules.push_back({last_monday(year, 5), "Spring bank holiday", false});
  if (northern_ireland)
    rules.push_back({make_date(year, 7, 12), "Battle of the Boyne (Orangemen\u2019s Day)", true});
  // Scotland's summer holiday is the first Monday of August; elsewhere the last.
  rules.push_back(
      {scotland ? first_monday(year, 8) : last_monday(year, 8), "Summer bank holiday", false});
  // St Andrew's Day (Bank Holiday) Act 2007: a weekend 30 November moves to the Monday.
  if (scotland) rules.push_back({make_date(year, 11, 30), "St Andrew\u2019s Day", true});
  rules.push_back({make_date(year, 12, 25), "Christmas Day", true});
  rules.push_back({make_date(year, 12, 26), "Boxing Day", true});

  std::vector<Holiday> out;
  auto add = [&](Date date, std::string_view title) {
    out.push_back(Holiday{date, std::string(title), nation, true, "computed"});
  };
  for (const Rule& rule : rules)
    if (!(rule.movable_to_weekday && rule.date.is_weekend())) add(rule.date, rule.title);
  // A weekend holiday moves to the next weekday not already a holiday, taken in date order:
  // Christmas on a Sunday goes to Tuesday 27th because Boxing Day keeps Monday 26th, and a
  // Saturday 1 January pushes a Sunday 2 January (Scotland) to Tuesday 4th.
  for (const Rule& rule : rules) {
    if (!(rule.movable_to_weekday && rule.date.is_weekend())) continue;
    Date day = rule.date.plus_days(1);
    while (day.is_weekend() ||
           std::any_of(out.begin(), out.end(), [&](const Holiday& h) { return h.date == day; }))
      day = day.plus_days(1);
    add(day, rule.title);
  }
  std::sort(out.begin(), out.end(), by_date_then_nation);
  return out;
}

Date easter_sunday(int year) {
  // The anonymous Gregorian computus (Meeus/Jones/Butcher), exact for every Gregorian year.
  int a = year % 19;
  int b = year / 100;
  int c = year % 100;
  int d = b / 4;
  int e = b % 4;
  int f = (b + 8) / 25;
  int g = (b - f + 1) / 3;
  int h = (19 * a + b - d - g + 15) % 30;
  int i = c / 4;
  int k = c % 4;
  int l = (32 + 2 * e + 2 * i - h - k) % 7;
  int m = (a + 11 * h + 22 * l) / 451;
  int month = (h + l - 7 * m + 114) / 31;
  int day = (h + l - 7 * m + 114) % 31 + 1;
  return make_date(year, unsigned(month), unsigned(day));
}

bool WorkingDays::is_working_day(Date date) const {
  if (date.is_weekend()) return false;
  switch (rule_) {
    case Rule::office:
      return !calendar_->is_holiday(date, nation_);
    case Rule::statutory:
      return !calendar_->is_bank_holiday(date, nation_);
    case Rule::whole_uk:
      return !calendar_->is_bank_holiday_anywhere(date);
  }
  return true;
}

bool WorkingDays::is_provisional(Date date) const {
  if (rule_ != Rule::whole_uk) return calendar_->is_provisional(date, nation_);
  return std::any_of(kNations.begin(), kNations.end(),
                     [&](Nation nation) { return calendar_->is_provisional(date, nation); });
}

Date WorkingDays::add(Date from, int n) const {
  int step = n < 0 ? -1 : 1;
  // Counted in a wider type so that n == INT_MIN cannot overflow on negation.
  long long remaining = n < 0 ? -static_cast<long long>(n) : n;
  Date day = from;
  while (remaining > 0) {
    day = day.plus_days(step);
    if (is_working_day(day)) --remaining;
  }
  return day;
}

Date WorkingDays::on_or_after(Date date) const {
  while (!is_working_day(date)) date = date.plus_days(1);
  return date;
}

int WorkingDays::between(Date from, Date to) const {
  if (to < from) return -between(to, from);
  int count = 0;
  for (Date day = from.plus_days(1); day <= to; day = day.plus_days(1))
    if (is_working_day(day)) ++count;
  return count;
}

}  // namespace clerk
