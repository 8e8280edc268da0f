#include "clerk/core/local_time.hpp"

#include <doctest/doctest.h>

#include "clerk/core/error.hpp"

using clerk::Date;
using clerk::LocalTime;

namespace {

LocalTime at(const char* iso) { return LocalTime::parse_iso(iso, "test"); }
// A UTC instant written like a local time, for readable expectations.
clerk::UtcMinutes utc(const char* iso) { return at(iso).wall_minutes(); }

}  // namespace

TEST_SUITE("local_time") {
  TEST_CASE("the clocks change on the last Sundays of March and October") {
    CHECK(clerk::last_sunday(2026, 3) == Date::parse_iso("2026-03-29", "t"));
    CHECK(clerk::last_sunday(2026, 10) == Date::parse_iso("2026-10-25", "t"));
    CHECK(clerk::last_sunday(2027, 3) == Date::parse_iso("2027-03-28", "t"));
    CHECK(clerk::last_sunday(2027, 10) == Date::parse_iso("2027-10-31", "t"));
  }

  TEST_CASE("summer time runs from 01:00 UTC in March to 01:00 UTC in October") {
    CHECK_FALSE(clerk::is_summer_time(utc("2026-03-29T00:59")));
    CHECK(clerk::is_summer_time(utc("2026-03-29T01:00")));
    CHECK(clerk::is_summer_time(utc("2026-10-25T00:59")));
    CHECK_FALSE(clerk::is_summer_time(utc("2026-10-25T01:00")));
    CHECK_FALSE(clerk::is_summer_time(utc("2026-11-24T10:00")));
  }

  TEST_CASE("local times convert to UTC by the offset in force") {
    CHECK(clerk::to_utc(at("2026-11-24T10:00")) == utc("2026-11-24T10:00"));
    CHECK(clerk::to_utc(at("2026-07-01T10:00")) == utc("2026-07-01T09:00"));
    CHECK(clerk::to_local(utc("2026-07-01T09:00")) == at("2026-07-01T10:00"));
  }

  TEST_CASE("a time in the spring gap takes the offset before it (RFC 5545 3.3.5)") {
    // 01:30 does not happen on 29 March 2026: it is read as GMT, i.e. 02:30 BST.
    CHECK(clerk::to_utc(at("2026-03-29T01:30")) == utc("2026-03-29T01:30"));
    CHECK(clerk::to_local(clerk::to_utc(at("2026-03-29T01:30"))) == at("2026-03-29T02:30"));
  }

  TEST_CASE("a time that happens twice in autumn is the first, in BST") {
    CHECK(clerk::to_utc(at("2026-10-25T01:30")) == utc("2026-10-25T00:30"));
    CHECK(clerk::to_utc(at("2026-10-25T02:30")) == utc("2026-10-25T02:30"));
  }

  TEST_CASE("the hour the clocks skip or repeat is told apart from every other time") {
    using clerk::WallClock;
    CHECK(clerk::wall_clock(at("2026-03-29T00:59")) == WallClock::single);
    CHECK(clerk::wall_clock(at("2026-03-29T01:00")) == WallClock::skipped);
    CHECK(clerk::wall_clock(at("2026-03-29T01:59")) == WallClock::skipped);
    CHECK(clerk::wall_clock(at("2026-03-29T02:00")) == WallClock::single);
    CHECK(clerk::wall_clock(at("2026-03-22T01:30")) == WallClock::single);
    CHECK(clerk::wall_clock(at("2026-10-25T01:30")) == WallClock::repeated);
    CHECK(clerk::wall_clock(at("2026-10-25T02:00")) == WallClock::single);
    CHECK(clerk::wall_clock(at("2027-03-28T01:15")) == WallClock::skipped);
  }

  TEST_CASE("a typed time the clocks skip is refused, naming the field") {
    CHECK(clerk::refuse_skipped_time(at("2026-03-29T02:00"), "at") == at("2026-03-29T02:00"));
    try {
      clerk::refuse_skipped_time(at("2026-03-29T01:30"), "at");
      FAIL("accepted a time that does not exist");
    } catch (const clerk::Error& e) {
      CHECK(e.kind() == clerk::ErrorKind::bad_data);
      CHECK(e.field() == "at");
    }
  }

  TEST_CASE("local times parse and print as YYYY-MM-DDTHH:MM only") {
    CHECK(at("2026-11-30T09:30").iso() == "2026-11-30T09:30");
    CHECK(at("2026-11-30T09:30").hhmm() == "09:30");
    CHECK(at("1969-12-31T23:59").date() == Date::parse_iso("1969-12-31", "t"));
    for (const char* bad : {"2026-11-30 09:30", "2026-11-30T24:00", "2026-02-30T10:00", "10:00"}) {
      CAPTURE(bad);
      CHECK_FALSE(LocalTime::try_parse_iso(bad));
      CHECK_THROWS_AS(LocalTime::parse_iso(bad, "at"), clerk::Error);
    }
  }
}
