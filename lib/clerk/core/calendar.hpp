// UK bank holidays per nation (shipped, computed, configured, imported) and working-day arithmetic.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "clerk/core/date.hpp"
#include "clerk/core/word_enum.hpp"

namespace clerk {

enum class Nation { england_and_wales, scotland, northern_ireland };

// "england-and-wales", "scotland", "northern-ireland" (the GOV.UK division names).
const EnumWords& enum_words(Nation);

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
  // The list compiled into the binary (data/bank-holidays.json). Years after the last one a
  // list covers are computed from the statutory rules and marked provisional, for any year.
  static HolidayCalendar shipped();

  // Adds one bank holiday; a date already listed for that nation is kept once.
  void add(const Holiday& holiday);
  // Adds a day the office is closed (config `holidays.extra`). Closures lengthen the office's
  // own targets but are never a statutory non-working day (FOI Act s.10(6), UK GDPR art. 12).
  void add_closure(const Holiday& closure);
  // Replaces, for each nation and year that `holidays` covers, the bank holidays held for that
  // year; years skipped between the old list's end and a newer year are computed.
  void replace_years(const std::vector<Holiday>& holidays);

  // A bank holiday or an office closure for that nation: the office does not work.
  bool is_holiday(Date date, Nation nation) const;
  // A bank holiday alone (closures ignored).
  bool is_bank_holiday(Date date, Nation nation) const;
  // A bank holiday in any part of the UK (Freedom of Information Act s.10(6)); closures ignored.
  bool is_bank_holiday_anywhere(Date date) const;
  // Whether `date` lies in a year whose holidays for `nation` are computed, not yet listed
  // officially: a one-off day announced later could change what is a working day.
  bool is_provisional(Date date, Nation nation) const;
  // Bank holidays and closures for a nation in [from, to], in date order; a bank holiday wins
  // over a closure on the same day.
  std::vector<Holiday> list(Nation nation, Date from, Date to) const;

 private:
  std::vector<Holiday> bank_holidays_in(Nation nation, Date from, Date to) const;
  void extend_through(Nation nation, int year);

  std::vector<Holiday> days_;      // bank holidays, sorted by (date, nation), one per day
  std::vector<Holiday> closures_;  // office closures, sorted the same way
  // Per nation (by enum value): the last year `days_` holds, listed or computed.
  std::array<int, 3> held_through_{};
  // The (nation, year)s in `days_` computed from the rules rather than listed; sorted.
  std::vector<std::pair<Nation, int>> computed_years_;
};

// Computes the statutory bank holidays of one nation for one year (substitute days included),
// as the Banking and Financial Dealings Act 1971 and the royal proclamations set them in a
// year with no one-off changes.
std::vector<Holiday> statutory_holidays(Nation nation, int year);
// Easter Sunday of a year (Gregorian computus).
Date easter_sunday(int year);

// Working-day arithmetic. The office's own days skip weekends, the nation's bank holidays and
// the office's closures; the statutory days (FOI, SAR) skip weekends and bank holidays only,
// of one nation or, for FOI, of any part of the UK.
class WorkingDays {
 public:
  WorkingDays(const HolidayCalendar& calendar, Nation nation)
      : calendar_(&calendar), nation_(nation) {}
  // Bank holidays of `nation` only: a SAR's "next working day".
  static WorkingDays statutory(const HolidayCalendar& calendar, Nation nation) {
    WorkingDays w(calendar, nation);
    w.rule_ = Rule::statutory;
    return w;
  }
  // A bank holiday anywhere in the UK is not a working day; closures are (FOI Act s.10(6)).
  static WorkingDays whole_uk(const HolidayCalendar& calendar) {
    WorkingDays w(calendar, Nation::england_and_wales);
    w.rule_ = Rule::whole_uk;
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
  // Whether counting up to `date` relies on provisional (computed) holidays.
  bool is_provisional(Date date) const;

 private:
  enum class Rule { office, statutory, whole_uk };
  const HolidayCalendar* calendar_;
  Nation nation_;
  Rule rule_ = Rule::office;
};

}  // namespace clerk
