// UK bank holidays per nation (shipped, computed, configured, imported) and working-day arithmetic.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "clerk/core/date.hpp"

namespace clerk {

enum class Nation { england_and_wales, scotland, northern_ireland };

// "england-and-wales", "scotland", "northern-ireland" (the GOV.UK division names).
std::string_view nation_name(Nation nation);
std::optional<Nation> parse_nation(std::string_view name);
const std::vector<std::string>& nation_names();

struct Holiday {
  Date date;
  std::string title;
  Nation nation = Nation::england_and_wales;
  bool provisional = false;  // computed from the statutory rules, not yet on the official list
  std::string source;        // "official", "computed", "config", "imported"
};

// The official GOV.UK bank-holidays.json format: {"england-and-wales": {"division": ..,
// "events": [{"title", "date", "notes", "bunting"}]}, ...}. Error{bad_data} with the line on
// malformed input; `source` names the file in errors. Days come back with source "official" and
// not provisional; an importer relabels them "imported".
std::vector<Holiday> parse_official_holidays(std::string_view json, std::string_view source);

class HolidayCalendar {
 public:
  // The list compiled into the binary (data/bank-holidays.json), plus each year up to
  // kLastComputedYear that the list does not cover, computed from the statutory rules and
  // marked provisional.
  static HolidayCalendar shipped();
  static constexpr int kLastComputedYear = 2030;

  // Adds one extra day (config `holidays.extra`); a date already listed for that nation is kept
  // once.
  void add(const Holiday& holiday);
  // Replaces, for each nation and year that `holidays` covers, the days held for that year.
  void replace_years(const std::vector<Holiday>& holidays);

  bool is_holiday(Date date, Nation nation) const;
  // A bank holiday in any part of the UK (Freedom of Information Act s.10(6)).
  bool is_holiday_anywhere(Date date) const;
  // Holidays for a nation in [from, to], in date order.
  std::vector<Holiday> list(Nation nation, Date from, Date to) const;

 private:
  std::vector<Holiday> days_;  // sorted by (date, nation)
};

// Computes the statutory bank holidays of one nation for one year (substitute days included),
// as the Banking and Financial Dealings Act 1971 and the royal proclamations set them in a
// year with no one-off changes.
std::vector<Holiday> statutory_holidays(Nation nation, int year);
// Easter Sunday of a year (Gregorian computus).
Date easter_sunday(int year);

// Working-day arithmetic for one nation, or for the whole UK (a day off anywhere is off).
class WorkingDays {
 public:
  WorkingDays(const HolidayCalendar& calendar, Nation nation)
      : calendar_(&calendar), nation_(nation), whole_uk_(false) {}
  static WorkingDays whole_uk(const HolidayCalendar& calendar) {
    WorkingDays w(calendar, Nation::england_and_wales);
    w.whole_uk_ = true;
    return w;
  }

  bool is_working_day(Date date) const;
  // The n-th working day after `from` (n > 0), or before it (n < 0); n == 0 returns `from`.
  // `from` itself is never counted: +1 from a Friday is the next Monday (or later).
  Date add(Date from, int n) const;
  // `date` if it is a working day, else the next one.
  Date on_or_after(Date date) const;
  // Working days in (from, to]; negative when to < from.
  int between(Date from, Date to) const;

 private:
  const HolidayCalendar* calendar_;
  Nation nation_;
  bool whole_uk_;
};

}  // namespace clerk
