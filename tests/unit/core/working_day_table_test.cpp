#include "clerk/core/working_day_table.hpp"

#include <doctest/doctest.h>

using clerk::Date;
using clerk::HolidayCalendar;
using clerk::Nation;
using clerk::WorkingDays;
using clerk::WorkingDayTable;

namespace {
Date d(const char* iso) { return Date::parse_iso(iso, "test"); }
}  // namespace

TEST_CASE("WorkingDayTable counts as WorkingDays::between does, in and out of its span") {
  const auto calendar = HolidayCalendar::shipped();
  const WorkingDays days(calendar, Nation::england_and_wales);
  const WorkingDayTable table(days, d("2026-01-01"), d("2026-12-31"));
  // Christmas week 2026: Friday 25th and Monday 28th (Boxing Day substitute) are holidays, so
  // (Wed 23rd, Wed 30th] holds Thu 24th, Tue 29th and Wed 30th.
  CHECK(table.between(d("2026-12-23"), d("2026-12-30")) == 3);
  CHECK(table.between(d("2026-12-30"), d("2026-12-23")) == -3);
  CHECK(table.between(d("2026-11-24"), d("2026-11-24")) == 0);
  // Every pair in a stretch, and pairs reaching outside the span, agree with the slow walk.
  for (Date a = d("2025-12-20"); a <= d("2026-02-10"); a = a.plus_days(3))
    for (Date b = d("2025-12-25"); b <= d("2026-03-01"); b = b.plus_days(5))
      CHECK(table.between(a, b) == days.between(a, b));
}
