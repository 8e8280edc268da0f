#include "clerk/core/period.hpp"

#include <fmt/format.h>
#include <charconv>

#include "clerk/core/error.hpp"
#include "clerk/core/text.hpp"

namespace clerk {
namespace {

Error bad_period(std::string_view text, std::string_view field, std::string_view expected) {
  return Error(ErrorKind::bad_data, "'" + std::string(text) + "' is not a period (expected " +
                                        std::string(expected) + ")")
      .field(std::string(field));
}

bool read_int(std::string_view s, int& out) {
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && end == s.data() + s.size() && !s.empty();
}

}  // namespace

Period month_period(int year, unsigned month) {
  Date from = *Date::from_ymd(year, month, 1);
  return {from, from.plus_months(1), fmt::format("{:04}-{:02}", year, month)};
}

Period quarter_period(int year, int quarter) {
  Date from = *Date::from_ymd(year, unsigned((quarter - 1) * 3 + 1), 1);
  return {from, from.plus_months(3), fmt::format("{}Q{}", year, quarter)};
}

Period financial_year(int start_year) {
  return {*Date::from_ymd(start_year, 4, 1), *Date::from_ymd(start_year + 1, 4, 1),
          fmt::format("FY {}-{:02}", start_year, (start_year + 1) % 100)};
}

Period tax_year(int start_year) {
  return {*Date::from_ymd(start_year, 4, 6), *Date::from_ymd(start_year + 1, 4, 6),
          fmt::format("tax year {}-{:02}", start_year, (start_year + 1) % 100)};
}

int financial_year_of(Date d) { return d.month() >= 4 ? d.year() : d.year() - 1; }

int tax_year_of(Date d) {
  return (d.month() > 4 || (d.month() == 4 && d.day() >= 6)) ? d.year() : d.year() - 1;
}

Period date_range(Date from, Date to_inclusive) {
  if (to_inclusive < from)
    throw Error(ErrorKind::bad_data,
                "the end date " + to_inclusive.iso() + " is before the start " + from.iso())
        .field("to");
  return {from, to_inclusive.plus_days(1), from.iso() + " to " + to_inclusive.iso()};
}

Period parse_month(std::string_view text, std::string_view field) {
  int y = 0, m = 0;
  if (text.size() == 7 && text[4] == '-' && read_int(text.substr(0, 4), y) &&
      read_int(text.substr(5), m) && m >= 1 && m <= 12 && y >= 1000)
    return month_period(y, unsigned(m));
  throw bad_period(text, field, "a month such as 2026-11");
}

Period parse_quarter(std::string_view text, std::string_view field) {
  int y = 0, q = 0;
  if (text.size() == 6 && (text[4] == 'Q' || text[4] == 'q') && read_int(text.substr(0, 4), y) &&
      read_int(text.substr(5), q) && q >= 1 && q <= 4 && y >= 1000)
    return quarter_period(y, q);
  throw bad_period(text, field, "a quarter such as 2026Q3");
}

Period parse_financial_year(std::string_view text, std::string_view field) {
  std::string t = text::lower(text);
  std::string_view s = t;
  if (s.starts_with("fy")) s.remove_prefix(2);
  int y = 0;
  if (s.size() == 4 && read_int(s, y) && y >= 1000 && y < 9999) return financial_year(y);
  throw bad_period(text, field, "a financial year such as 2026 (for 2026-27)");
}

Period parse_period(std::string_view text, std::string_view field, Date today) {
  std::string t = text::lower(text::trim(text));
  auto this_month = month_period(today.year(), today.month());
  auto monday = today.plus_days(-int((today.weekday().iso_encoding() - 1)));
  int q = int((today.month() - 1) / 3) + 1;
  if (t == "this-month") return this_month;
  if (t == "last-month") {
    Date d = this_month.from.plus_days(-1);
    return month_period(d.year(), d.month());
  }
  if (t == "this-week") return {monday, monday.plus_days(7), "week of " + monday.iso()};
  if (t == "last-week")
    return {monday.plus_days(-7), monday, "week of " + monday.plus_days(-7).iso()};
  if (t == "this-quarter") return quarter_period(today.year(), q);
  if (t == "last-quarter")
    return q == 1 ? quarter_period(today.year() - 1, 4) : quarter_period(today.year(), q - 1);
  if (t == "this-fy") return financial_year(financial_year_of(today));
  if (t == "last-fy") return financial_year(financial_year_of(today) - 1);
  if (t.size() == 7 && t[4] == '-') return parse_month(t, field);
  if (t.size() == 6 && t[4] == 'q') return parse_quarter(t, field);
  if (t.size() == 4 || t.starts_with("fy")) return parse_financial_year(t, field);
  throw bad_period(text, field,
                   "2026-11, 2026Q3, 2026 (financial year), this-month, last-month, this-week, "
                   "last-week, this-quarter, last-quarter, this-fy or last-fy");
}

}  // namespace clerk
