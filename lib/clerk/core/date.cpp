#include "clerk/core/date.hpp"

#include <array>

#include "clerk/core/error.hpp"

namespace clerk {
namespace {

constexpr std::array<const char*, 12> kMonthNames = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

bool read_digits(std::string_view s, size_t pos, size_t count, int& out) {
  out = 0;
  for (size_t i = pos; i < pos + count; ++i) {
    if (i >= s.size() || s[i] < '0' || s[i] > '9') return false;
    out = out * 10 + (s[i] - '0');
  }
  return true;
}

std::string pad(int n, int width) {
  std::string s = std::to_string(n);
  return std::string(size_t(width) > s.size() ? size_t(width) - s.size() : 0, '0') + s;
}

}  // namespace

std::optional<Date> Date::from_ymd(int year, unsigned month, unsigned day) {
  if (year < 1000 || year > 9999) return std::nullopt;
  // chrono::month and chrono::day keep only a byte: month 257 would wrap round to January.
  if (month > 12 || day > 31) return std::nullopt;
  std::chrono::year_month_day ymd{std::chrono::year{year}, std::chrono::month{month},
                                  std::chrono::day{day}};
  if (!ymd.ok()) return std::nullopt;
  return Date(std::chrono::sys_days{ymd});
}

std::optional<Date> Date::try_parse_iso(std::string_view text) {
  int y, m, d;
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  if (!read_digits(text, 0, 4, y) || !read_digits(text, 5, 2, m) || !read_digits(text, 8, 2, d))
    return std::nullopt;
  return from_ymd(y, unsigned(m), unsigned(d));
}

Date Date::parse_iso(std::string_view text, std::string_view field) {
  if (auto d = try_parse_iso(text)) return *d;
  throw Error(ErrorKind::bad_data,
              "'" + std::string(text) + "' is not a valid date (expected YYYY-MM-DD)")
      .field(std::string(field));
}

bool Date::is_weekend() const {
  auto wd = weekday();
  return wd == std::chrono::Saturday || wd == std::chrono::Sunday;
}

Date Date::plus_months(int n) const {
  auto ymd = this->ymd();
  auto ym = std::chrono::year_month{ymd.year(), ymd.month()} + std::chrono::months{n};
  auto last = std::chrono::year_month_day_last{ym.year(), std::chrono::month_day_last{ym.month()}};
  auto day = std::min(ymd.day(), last.day());
  return Date(std::chrono::sys_days{std::chrono::year_month_day{ym.year(), ym.month(), day}});
}

std::string Date::iso() const {
  return pad(year(), 4) + "-" + pad(int(month()), 2) + "-" + pad(int(day()), 2);
}

std::string Date::uk_long() const {
  return std::to_string(day()) + " " + kMonthNames[month() - 1] + " " + std::to_string(year());
}

}  // namespace clerk
