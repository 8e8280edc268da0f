#include "clerk/core/date_text.hpp"

#include <doctest/doctest.h>

#include "clerk/core/error.hpp"

using clerk::Date;
using clerk::Error;
using clerk::ErrorKind;

namespace {

Date d(const char* iso) { return Date::parse_iso(iso, "test"); }

}  // namespace

TEST_SUITE("date_text") {
  TEST_CASE("UK dates read day first in every way people and banks write them") {
    struct Case {
      const char* text;
      const char* date;
    };
    const Case cases[] = {
        {"2026-07-06", "2026-07-06"},    {"06/07/2026", "2026-07-06"},
        {"6/7/2026", "2026-07-06"},      {"01/12/2026", "2026-12-01"},
        {"31/12/2026", "2026-12-31"},    {"06-07-2026", "2026-07-06"},
        {"06.07.2026", "2026-07-06"},    {"6 Jul 2026", "2026-07-06"},
        {"06 Jul 2026", "2026-07-06"},   {"06 JUL 2026", "2026-07-06"},
        {"6 july 2026", "2026-07-06"},   {"06-Jul-2026", "2026-07-06"},
        {"6-jul-2026", "2026-07-06"},    {"06/Jul/2026", "2026-07-06"},
        {"6th July 2026", "2026-07-06"}, {"1st Sept 2026", "2026-09-01"},
        {"22nd Nov 2026", "2026-11-22"}, {"23rd December 2026", "2026-12-23"},
        {"29 Feb 2028", "2028-02-29"},   {"  6  Jul  2026 ", "2026-07-06"},
    };
    for (const auto& c : cases) {
      CAPTURE(c.text);
      auto date = clerk::parse_calendar_date(c.text);
      REQUIRE(date);
      CHECK(*date == d(c.date));
    }
  }

  TEST_CASE("month-first, two-digit years and days that do not exist are refused") {
    const char* cases[] = {
        "13/25/2026",  "12/25/2026", "06/07/26",    "2026/07/06", "31/04/2026", "29 Feb 2027",
        "0/7/2026",    "6/0/2026",   "6/7/2026x",   "6/7-2026",   "6 7 2026",   "6 Jly 2026",
        "6th/07/2026", "Jul 6 2026", "006/07/2026", "6/007/2026", "6/7/02026",  "",
        "6 Ju 2026",   "32/01/2026"};
    for (const char* text : cases) {
      CAPTURE(text);
      CHECK_FALSE(clerk::parse_calendar_date(text));
    }
  }

  TEST_CASE("a refusal names the field, and says the day comes first for a US-style date") {
    try {
      clerk::parse_calendar_date("12/25/2026", "received");
      FAIL("accepted");
    } catch (const Error& e) {
      CHECK(e.kind() == ErrorKind::bad_data);
      CHECK(e.field() == "received");
      CHECK(std::string(e.what()).find("day comes first") != std::string::npos);
    }
  }
}
