// Local time: Europe/London wall-clock minutes, and the GMT/BST rule that maps them to UTC,
// computed here rather than taken from the system time-zone database (cron boxes and
// containers often lack it, and the answer must not depend on the machine).
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "clerk/core/date.hpp"

namespace clerk {

// Minutes since 1970-01-01T00:00Z.
using UtcMinutes = int64_t;

// A wall-clock time in Europe/London to the minute. Arithmetic on it is wall-clock arithmetic
// (10:00 plus a day is 10:00 the next day, whatever the clocks did overnight).
class LocalTime {
 public:
  LocalTime() = default;
  // `minute_of_day` in [0, 1440).
  LocalTime(Date date, int minute_of_day);
  static LocalTime midnight(Date date) { return LocalTime(date, 0); }
  // Exactly YYYY-MM-DDTHH:MM; nullopt otherwise.
  static std::optional<LocalTime> try_parse_iso(std::string_view text);
  // As try_parse_iso, else Error{bad_data} naming `field`.
  static LocalTime parse_iso(std::string_view text, std::string_view field);

  Date date() const;
  int minute_of_day() const;
  // Minutes since 1970-01-01T00:00 on the wall clock: an ordering key, not an instant.
  int64_t wall_minutes() const { return minutes_; }
  LocalTime plus_minutes(int64_t n) const { return from_wall_minutes(minutes_ + n); }
  LocalTime plus_days(int n) const { return plus_minutes(int64_t(n) * 1440); }
  static LocalTime from_wall_minutes(int64_t minutes);

  std::string iso() const;   // 2026-11-30T09:30
  std::string hhmm() const;  // 09:30

  auto operator<=>(const LocalTime&) const = default;

 private:
  int64_t minutes_ = 0;
};

// The last Sunday of a month: the day the UK's clocks change in March and October.
Date last_sunday(int year, unsigned month);

// True when British Summer Time is in force at `utc`: from 01:00 UTC on the last Sunday of
// March to 01:00 UTC on the last Sunday of October (Summer Time Order 2002, which follows
// EU Directive 2000/84/EC).
bool is_summer_time(UtcMinutes utc);

// What a wall-clock time is on the UK's changeover days: 01:00–01:59 on the last Sunday of March
// is skipped (the clocks go from 01:00 GMT to 02:00 BST); the same hour on the last Sunday of
// October is repeated (02:00 BST goes back to 01:00 GMT).
enum class WallClock { single, skipped, repeated };
WallClock wall_clock(LocalTime local);

// Error{bad_data} naming `field` for a time the clocks skip, naming the gap and the nearest
// valid times either side; `local` otherwise.
LocalTime refuse_skipped_time(LocalTime local, std::string_view field);

LocalTime to_local(UtcMinutes utc);
// A wall-clock time as an instant. Following RFC 5545 section 3.3.5, a time that does not exist
// (01:30 on the last Sunday of March) is read with the offset in force before the gap, so it
// lands at 02:30 BST; a time that occurs twice (01:30 on the last Sunday of October) is the
// first of the two, in BST.
UtcMinutes to_utc(LocalTime local);

}  // namespace clerk
