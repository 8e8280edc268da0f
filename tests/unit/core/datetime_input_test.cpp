#include "clerk/core/datetime_input.hpp"

#include <doctest/doctest.h>

#include "clerk/core/error.hpp"

using clerk::Date;
using clerk::LocalTime;

TEST_SUITE("datetime_input") {
  TEST_CASE("a date in any typed form, then a time") {
    const auto cal = clerk::HolidayCalendar::shipped();
    const clerk::WorkingDays wd(cal, clerk::Nation::england_and_wales);
    const Date tuesday = Date::parse_iso("2026-11-24", "t");
    struct Case {
      const char* text;
      const char* expected;
    };
    for (const Case c :
         {Case{"tomorrow 10:00", "2026-11-25T10:00"}, Case{"mon 14:30", "2026-11-30T14:30"},
          Case{"2026-11-30 09:30", "2026-11-30T09:30"},
          Case{"2026-11-30T09:30", "2026-11-30T09:30"}, Case{"fri 2pm", "2026-11-27T14:00"},
          Case{"fri 2 pm", "2026-11-27T14:00"}, Case{"+2d 9:05", "2026-11-26T09:05"},
          Case{"12am", "2026-11-24T00:00"}, Case{"14:00", "2026-11-24T14:00"}}) {
      CAPTURE(c.text);
      CHECK(clerk::parse_datetime_input(c.text, "at", tuesday, wd).iso() == c.expected);
    }
  }

  TEST_CASE("a missing or impossible time is refused naming the field") {
    const auto cal = clerk::HolidayCalendar::shipped();
    const clerk::WorkingDays wd(cal, clerk::Nation::england_and_wales);
    const Date tuesday = Date::parse_iso("2026-11-24", "t");
    for (const char* bad : {"tomorrow", "tomorrow 25:00", "mon 9:5", "13pm", "2026-11-31 10:00",
                            "someday 10:00", ""}) {
      CAPTURE(bad);
      try {
        clerk::parse_datetime_input(bad, "at", tuesday, wd);
        FAIL("accepted");
      } catch (const clerk::Error& e) {
        CHECK(e.kind() == clerk::ErrorKind::bad_data);
        CHECK(e.field() == "at");
      }
    }
  }
}
