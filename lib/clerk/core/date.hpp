// Date: a calendar day (no time, no zone) with our own strict ISO 8601 parse and format.
#pragma once

#include <chrono>
#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace clerk {

class Date {
 public:
  Date() = default;
  explicit Date(std::chrono::sys_days days) : days_(days) {}
  // Nullopt unless y-m-d is a real day in years 1000-9999.
  static std::optional<Date> from_ymd(int year, unsigned month, unsigned day);
  // Exactly YYYY-MM-DD naming a real day; otherwise Error{bad_data} naming `field`.
  static Date parse_iso(std::string_view text, std::string_view field);
  static std::optional<Date> try_parse_iso(std::string_view text);

  std::chrono::sys_days days() const { return days_; }
  std::chrono::year_month_day ymd() const { return std::chrono::year_month_day{days_}; }
  int year() const { return int(ymd().year()); }
  unsigned month() const { return unsigned(ymd().month()); }
  unsigned day() const { return unsigned(ymd().day()); }
  std::chrono::weekday weekday() const { return std::chrono::weekday{days_}; }
  bool is_weekend() const;

  Date plus_days(int n) const { return Date(days_ + std::chrono::days{n}); }
  // Same day n months on, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb).
  Date plus_months(int n) const;
  int days_until(Date later) const { return int((later.days_ - days_).count()); }

  std::string iso() const;      // 2026-11-22
  std::string uk_long() const;  // 22 November 2026

  auto operator<=>(const Date&) const = default;

 private:
  std::chrono::sys_days days_{};
};

}  // namespace clerk
