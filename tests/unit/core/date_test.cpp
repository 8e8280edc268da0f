#include "clerk/core/date.hpp"

#include <chrono>
#include <optional>

#include <doctest/doctest.h>

#include "clerk/core/error.hpp"

using clerk::Date;
using clerk::Error;
using clerk::ErrorKind;

namespace {

Date ymd(int y, unsigned m, unsigned d) { return *Date::from_ymd(y, m, d); }

std::optional<Error> parse_error(const char* text) {
  try {
    Date::parse_iso(text, "due");
  } catch (const Error& e) {
    return e;
  }
  return std::nullopt;
}

}  // namespace

TEST_SUITE("date") {
  TEST_CASE("from_ymd accepts only real days in years 1000 to 9999") {
    struct Case {
      int year;
      unsigned month, day;
      bool real;
    };
    const Case cases[] = {
        {2026, 11, 22, true}, {2028, 2, 29, true},  {2027, 2, 29, false},  {2000, 2, 29, true},
        {2100, 2, 29, false}, {2026, 4, 31, false}, {2026, 12, 31, true},  {2026, 0, 1, false},
        {2026, 13, 1, false}, {2026, 1, 0, false},  {1000, 1, 1, true},    {999, 12, 31, false},
        {9999, 12, 31, true}, {10000, 1, 1, false}, {2026, 257, 1, false}, {2026, 1, 257, false},
    };
    for (const auto& c : cases) {
      CAPTURE(c.year);
      CAPTURE(c.month);
      CAPTURE(c.day);
      CHECK(Date::from_ymd(c.year, c.month, c.day).has_value() == c.real);
    }
  }

  TEST_CASE("parse_iso reads exactly YYYY-MM-DD and round-trips through iso") {
    Date d = Date::parse_iso("2026-11-22", "due");
    CHECK(d == ymd(2026, 11, 22));
    CHECK(d.iso() == "2026-11-22");
    CHECK(d.year() == 2026);
    CHECK(d.month() == 11);
    CHECK(d.day() == 22);
    CHECK(Date::parse_iso("1000-01-01", "due").iso() == "1000-01-01");
  }

  TEST_CASE("parse_iso refuses anything else naming the field") {
    const char* cases[] = {
        "2026-02-30", "2026-11-2",  "26-11-22",    "2026/11/22", "2026-11-22 ",
        "",           "2026-1a-01", "+2026-11-22", "0999-01-01", "2026-11-22T00"};
    for (const char* text : cases) {
      CAPTURE(text);
      CHECK_FALSE(Date::try_parse_iso(text).has_value());
      auto e = parse_error(text);
      REQUIRE(e);
      CHECK(e->kind() == ErrorKind::bad_data);
      CHECK(e->field() == "due");
    }
  }

  TEST_CASE("uk_long spells the month without a leading zero on the day") {
    CHECK(ymd(2026, 11, 22).uk_long() == "22 November 2026");
    CHECK(ymd(2027, 1, 4).uk_long() == "4 January 2027");
  }

  TEST_CASE("weekday and is_weekend follow the calendar") {
    CHECK(ymd(2026, 11, 20).weekday() == std::chrono::Friday);
    CHECK_FALSE(ymd(2026, 11, 20).is_weekend());
    CHECK(ymd(2026, 11, 21).is_weekend());
    CHECK(ymd(2026, 11, 22).is_weekend());
    CHECK_FALSE(ymd(2026, 11, 23).is_weekend());
  }

  TEST_CASE("plus_days crosses month, year and leap-day boundaries") {
    CHECK(ymd(2026, 12, 31).plus_days(1) == ymd(2027, 1, 1));
    CHECK(ymd(2028, 2, 28).plus_days(1) == ymd(2028, 2, 29));
    CHECK(ymd(2027, 2, 28).plus_days(1) == ymd(2027, 3, 1));
    CHECK(ymd(2027, 1, 1).plus_days(-1) == ymd(2026, 12, 31));
    CHECK(ymd(2026, 1, 1).days_until(ymd(2027, 1, 1)) == 365);
    CHECK(ymd(2028, 1, 1).days_until(ymd(2029, 1, 1)) == 366);
    CHECK(ymd(2027, 1, 1).days_until(ymd(2026, 12, 25)) == -7);
  }

  TEST_CASE("plus_months clamps to the last day of a shorter month") {
    struct Case {
      Date from;
      int months;
      Date to;
    };
    const Case cases[] = {
        {ymd(2026, 1, 31), 1, ymd(2026, 2, 28)},  {ymd(2028, 1, 31), 1, ymd(2028, 2, 29)},
        {ymd(2026, 3, 31), -1, ymd(2026, 2, 28)}, {ymd(2026, 11, 30), 2, ymd(2027, 1, 30)},
        {ymd(2026, 5, 15), 12, ymd(2027, 5, 15)}, {ymd(2026, 5, 15), -17, ymd(2024, 12, 15)},
        {ymd(2028, 2, 29), 12, ymd(2029, 2, 28)}, {ymd(2026, 5, 15), 0, ymd(2026, 5, 15)},
    };
    for (const auto& c : cases) {
      CAPTURE(c.from.iso());
      CAPTURE(c.months);
      CHECK(c.from.plus_months(c.months) == c.to);
    }
  }

  TEST_CASE("dates order by day") {
    CHECK(ymd(2026, 12, 31) < ymd(2027, 1, 1));
    CHECK(ymd(2026, 1, 1) == ymd(2026, 1, 1));
    CHECK(ymd(2026, 1, 2) > ymd(2026, 1, 1));
  }
}
