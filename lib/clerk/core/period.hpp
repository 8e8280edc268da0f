// Periods of dates: months, quarters, the financial year (1 April) and the tax year (6 April).
#pragma once

#include <string>
#include <string_view>

#include "clerk/core/date.hpp"

namespace clerk {

// A half-open range of days [from, to).
struct Period {
  Date from;
  Date to;            // exclusive
  std::string label;  // "2026-11", "2026Q3", "FY 2026-27", "2026-11-01 to 2026-11-30"

  bool contains(Date d) const { return from <= d && d < to; }
  Date last_day() const { return to.plus_days(-1); }
  int days() const { return from.days_until(to); }
};

Period month_period(int year, unsigned month);
// Calendar quarters: Q1 January–March ... Q4 October–December.
Period quarter_period(int year, int quarter);
// The public-sector financial year starting 1 April of `start_year` (--fy 2026 = 2026-04-01
// to 2027-03-31).
Period financial_year(int start_year);
// The tax year starting 6 April of `start_year` (2026-27 = 2026-04-06 to 2027-04-05).
Period tax_year(int start_year);
// The start year of the financial / tax year containing `d`.
int financial_year_of(Date d);
int tax_year_of(Date d);
// [from, to] inclusive as a period; Error{bad_data} when to < from.
Period date_range(Date from, Date to_inclusive);

// Parses the period forms of --month/--quarter/--fy and the named relative periods, resolved
// against `today`: "2026-11" (month), "2026Q3" (quarter), "2026" or "fy2026" (financial year),
// "this-month", "last-month", "this-week", "last-week" (Monday to Sunday), "this-quarter",
// "last-quarter", "this-fy", "last-fy". Error{bad_data} naming `field` otherwise.
Period parse_period(std::string_view text, std::string_view field, Date today);
Period parse_month(std::string_view text, std::string_view field);
Period parse_quarter(std::string_view text, std::string_view field);
Period parse_financial_year(std::string_view text, std::string_view field);

}  // namespace clerk
