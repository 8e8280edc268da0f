#include "clerk/core/local_time.hpp"

#include <fmt/format.h>

#include "clerk/core/error.hpp"

namespace clerk {
namespace {

constexpr int64_t kMinutesPerDay = 1440;

int64_t floor_div(int64_t a, int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

int64_t day_number(Date d) { return d.days().time_since_epoch().count(); }

// 01:00 UTC on `d`: the instant the UK's clocks change on a changeover day.
UtcMinutes one_am_utc(Date d) { return day_number(d) * kMinutesPerDay + 60; }

bool digits(std::string_view s, size_t pos, size_t n, int& out) {
  out = 0;
  for (size_t i = pos; i < pos + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    out = out * 10 + (s[i] - '0');
  }
  return true;
}

}  // namespace

LocalTime::LocalTime(Date date, int minute_of_day)
    : minutes_(day_number(date) * kMinutesPerDay + minute_of_day) {
  if (minute_of_day < 0 || minute_of_day >= kMinutesPerDay)
    throw Error(ErrorKind::internal, "minute of day out of range");
}

LocalTime LocalTime::from_wall_minutes(int64_t minutes) {
  LocalTime t;
  t.minutes_ = minutes;
  return t;
}

std::optional<LocalTime> LocalTime::try_parse_iso(std::string_view text) {
  if (text.size() != 16 || text[10] != 'T' || text[13] != ':') return std::nullopt;
  auto date = Date::try_parse_iso(text.substr(0, 10));
  int h = 0, m = 0;
  if (!date || !digits(text, 11, 2, h) || !digits(text, 14, 2, m) || h > 23 || m > 59)
    return std::nullopt;
  return LocalTime(*date, h * 60 + m);
}

LocalTime LocalTime::parse_iso(std::string_view text, std::string_view field) {
  if (auto t = try_parse_iso(text)) return *t;
  throw Error(ErrorKind::bad_data,
              "'" + std::string(text) + "' is not a date and time (expected YYYY-MM-DDTHH:MM)")
      .field(std::string(field));
}

Date LocalTime::date() const {
  return Date(std::chrono::sys_days{std::chrono::days{floor_div(minutes_, kMinutesPerDay)}});
}

int LocalTime::minute_of_day() const {
  return int(minutes_ - floor_div(minutes_, kMinutesPerDay) * kMinutesPerDay);
}

std::string LocalTime::iso() const { return date().iso() + "T" + hhmm(); }

std::string LocalTime::hhmm() const {
  return fmt::format("{:02}:{:02}", minute_of_day() / 60, minute_of_day() % 60);
}

Date last_sunday(int year, unsigned month) {
  using namespace std::chrono;
  return Date(sys_days{year_month_weekday_last{std::chrono::year{year}, std::chrono::month{month},
                                               weekday_last{Sunday}}});
}

bool is_summer_time(UtcMinutes utc) {
  // The changes fall in March and October, so the year of the UTC date is the year that matters.
  int year = LocalTime::from_wall_minutes(utc).date().year();
  return one_am_utc(last_sunday(year, 3)) <= utc && utc < one_am_utc(last_sunday(year, 10));
}

WallClock wall_clock(LocalTime local) {
  Date day = local.date();
  bool changeover_hour = local.minute_of_day() >= 60 && local.minute_of_day() < 120;
  if (!changeover_hour || day.weekday() != std::chrono::Sunday) return WallClock::single;
  if (day == last_sunday(day.year(), 3)) return WallClock::skipped;
  if (day == last_sunday(day.year(), 10)) return WallClock::repeated;
  return WallClock::single;
}

LocalTime refuse_skipped_time(LocalTime local, std::string_view field) {
  if (wall_clock(local) != WallClock::skipped) return local;
  Date day = local.date();
  throw Error(ErrorKind::bad_data,
              fmt::format("{} {} does not exist: on {} the clocks go forward from 01:00 GMT to "
                          "02:00 BST, skipping 01:00–01:59; the nearest valid times are {} 00:59 "
                          "and {} 02:00",
                          day.iso(), local.hhmm(), day.uk_long(), day.iso(), day.iso()))
      .field(std::string(field));
}

LocalTime to_local(UtcMinutes utc) {
  return LocalTime::from_wall_minutes(utc + (is_summer_time(utc) ? 60 : 0));
}

UtcMinutes to_utc(LocalTime local) {
  // Read as BST when BST is in force at that reading: this also picks BST, the first, for a time
  // that occurs twice. Otherwise GMT, which for a time inside the spring gap is the offset in
  // force before it (RFC 5545 section 3.3.5).
  UtcMinutes as_bst = local.wall_minutes() - 60;
  return is_summer_time(as_bst) ? as_bst : local.wall_minutes();
}

}  // namespace clerk
