#include "clerk/core/duration.hpp"

#include <doctest/doctest.h>

#include "clerk/core/error.hpp"

TEST_SUITE("duration") {
  TEST_CASE("hours and minutes as people type them") {
    CHECK(clerk::parse_duration("90m", "for") == 90);
    CHECK(clerk::parse_duration("1h30m", "for") == 90);
    CHECK(clerk::parse_duration("1h 30m", "for") == 90);
    CHECK(clerk::parse_duration("2H", "for") == 120);
    CHECK(clerk::parse_duration(" 45m ", "for") == 45);
  }

  TEST_CASE("any other duration text is refused naming the field") {
    for (const char* bad : {"", "90", "m", "1h30", "30m1h", "1h1h", "0m", "-5m", "1.5h", "999999m",
                            "15d", "99999999999h", "99999999999999999999m"}) {
      CAPTURE(bad);
      try {
        clerk::parse_duration(bad, "for");
        FAIL("accepted");
      } catch (const clerk::Error& e) {
        CHECK(e.kind() == clerk::ErrorKind::bad_data);
        CHECK(e.field() == "for");
      }
    }
    CHECK_THROWS_AS(clerk::parse_duration("25h", "travel", 24 * 60), clerk::Error);
  }

  TEST_CASE("durations print in the form they are typed") {
    CHECK(clerk::format_duration(90) == "1h30m");
    CHECK(clerk::format_duration(45) == "45m");
    CHECK(clerk::format_duration(120) == "2h");
  }
}
