#include "clerk/core/date_input.hpp"

#include <optional>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "clerk/core/error.hpp"

using clerk::Date;
using clerk::Error;
using clerk::ErrorKind;
using clerk::HolidayCalendar;
using clerk::Nation;
using clerk::WorkingDays;

namespace {

Date d(const char* iso) { return Date::parse_iso(iso, "test"); }

std::optional<Error> input_error(std::string_view text, Date today, const WorkingDays& wd) {
  try {
    clerk::parse_date_input(text, "due", today, wd);
  } catch (const Error& e) {
    return e;
  }
  return std::nullopt;
}

}  // namespace

TEST_SUITE("date_input") {
  TEST_CASE("typed forms resolve against today") {
    const HolidayCalendar cal = HolidayCalendar::shipped();
    const WorkingDays england(cal, Nation::england_and_wales);
    const Date friday = d("2026-11-20");
    struct Case {
      const char* text;
      const char* date;
    };
    const Case cases[] = {
        {"2026-11-22", "2026-11-22"},  {"2028-02-29", "2028-02-29"}, {"today", "2026-11-20"},
        {"  TODAY \t", "2026-11-20"},  {"yesterday", "2026-11-19"},  {"tomorrow", "2026-11-21"},
        {"mon", "2026-11-23"},         {"monday", "2026-11-23"},     {"Tue", "2026-11-24"},
        {"tues", "2026-11-24"},        {"wed", "2026-11-25"},        {"thurs", "2026-11-26"},
        {"fri", "2026-11-27"},         {"Friday", "2026-11-27"},     {"sat", "2026-11-21"},
        {"sunday", "2026-11-22"},      {"+3d", "2026-11-23"},        {"-3d", "2026-11-17"},
        {"+0d", "2026-11-20"},         {"+2w", "2026-12-04"},        {"-2w", "2026-11-06"},
        {"+1m", "2026-12-20"},         {"-12m", "2025-11-20"},       {"+1wd", "2026-11-23"},
        {"+10wd", "2026-12-04"},       {"-2wd", "2026-11-18"},       {"+25wd", "2026-12-29"},
        {"+3D", "2026-11-23"},         {"+1WD", "2026-11-23"},       {"+045d", "2027-01-04"},
        {"22/11/2026", "2026-11-22"},  {"01/12/2026", "2026-12-01"}, {"6 Jul 2026", "2026-07-06"},
        {"06-Jul-2026", "2026-07-06"},
    };
    for (const auto& c : cases) {
      CAPTURE(c.text);
      CHECK(clerk::parse_date_input(c.text, "due", friday, england) == d(c.date));
    }
  }

  TEST_CASE("in a past-facing field a bare weekday is the latest such day, today included") {
    const HolidayCalendar cal = HolidayCalendar::shipped();
    const WorkingDays england(cal, Nation::england_and_wales);
    const auto last = clerk::WeekdayMeans::last;
    const Date sunday = d("2026-11-22");
    CHECK(clerk::parse_date_input("fri", "received", sunday, england, last) == d("2026-11-20"));
    CHECK(clerk::parse_date_input("sun", "received", sunday, england, last) == sunday);
    CHECK(clerk::parse_date_input("mon", "received", sunday, england, last) == d("2026-11-16"));
    CHECK(clerk::parse_date_input("sat", "received", sunday, england, last) == d("2026-11-21"));
    const Date friday = d("2026-11-20");
    CHECK(clerk::parse_date_input("friday", "date", friday, england, last) == friday);
    CHECK(clerk::parse_date_input("thu", "date", friday, england, last) == d("2026-11-19"));
    // Everything else reads as it does anywhere.
    CHECK(clerk::parse_date_input("yesterday", "date", friday, england, last) == d("2026-11-19"));
    CHECK(clerk::parse_date_input("-2wd", "date", friday, england, last) == d("2026-11-18"));
  }

  TEST_CASE("a month offset clamps to the end of a shorter month") {
    const HolidayCalendar cal = HolidayCalendar::shipped();
    const WorkingDays england(cal, Nation::england_and_wales);
    CHECK(clerk::parse_date_input("+1m", "due", d("2027-01-31"), england) == d("2027-02-28"));
    CHECK(clerk::parse_date_input("+1m", "due", d("2028-01-31"), england) == d("2028-02-29"));
  }

  TEST_CASE("working-day offsets follow the calendar they are given") {
    const HolidayCalendar cal = HolidayCalendar::shipped();
    const Date dec18 = d("2026-12-18");
    CHECK(clerk::parse_date_input("+20wd", "due", dec18, WorkingDays::whole_uk(cal)) ==
          d("2027-01-21"));
    CHECK(clerk::parse_date_input("+20wd", "due", dec18,
                                  WorkingDays(cal, Nation::england_and_wales)) == d("2027-01-20"));
  }

  TEST_CASE("any other date text is refused naming the field") {
    const HolidayCalendar cal = HolidayCalendar::shipped();
    const WorkingDays england(cal, Nation::england_and_wales);
    const char* cases[] = {"",        "   ",         "2026-02-30", "2026-11-2", "11/22/2026",
                           "tomorow", "mo",          "mondays",    "+",         "+d",
                           "3d",      "+3",          "+3x",        "+3 d",      "+ 3d",
                           "+1y",     "+3dd",        "+-3d",       "+123456d",  "+99999m",
                           "-99999m", "next monday", "2026-11-22x"};
    for (const char* text : cases) {
      CAPTURE(text);
      auto e = input_error(text, d("2026-11-20"), england);
      REQUIRE(e);
      CHECK(e->kind() == ErrorKind::bad_data);
      CHECK(e->field() == "due");
    }
  }

  TEST_CASE("a near-miss word suggests what was meant") {
    const HolidayCalendar cal = HolidayCalendar::shipped();
    const WorkingDays england(cal, Nation::england_and_wales);
    auto e = input_error("tomorow", d("2026-11-20"), england);
    REQUIRE(e);
    CHECK(e->suggestions() == std::vector<std::string>{"tomorrow"});
  }
}
