#include "clerk/core/calendar.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "clerk/core/error.hpp"

using clerk::Date;
using clerk::Error;
using clerk::ErrorKind;
using clerk::Holiday;
using clerk::HolidayCalendar;
using clerk::Nation;
using clerk::WorkingDays;

namespace {

const Nation kAllNations[] = {Nation::england_and_wales, Nation::scotland,
                              Nation::northern_ireland};

Date d(const char* iso) { return Date::parse_iso(iso, "test"); }

std::vector<std::string> dates_of(const std::vector<Holiday>& days) {
  std::vector<std::string> out;
  for (const auto& h : days) out.push_back(h.date.iso());
  return out;
}

std::vector<Holiday> year_of(const HolidayCalendar& cal, Nation nation, int year) {
  return cal.list(nation, *Date::from_ymd(year, 1, 1), *Date::from_ymd(year, 12, 31));
}

std::optional<Error> official_error(std::string_view text) {
  try {
    clerk::parse_official_holidays(text, "import.json");
  } catch (const Error& e) {
    return e;
  }
  return std::nullopt;
}

}  // namespace

TEST_SUITE("calendar") {
  TEST_CASE("nation names are the GOV.UK division names and parse back") {
    for (Nation nation : kAllNations) {
      CAPTURE(clerk::word(nation));
      CHECK(clerk::find_word<clerk::Nation>(clerk::word(nation)) == nation);
    }
    CHECK(clerk::words<clerk::Nation>() ==
          std::vector<std::string>{"england-and-wales", "scotland", "northern-ireland"});
    CHECK(clerk::find_word<clerk::Nation>("Scotland") == Nation::scotland);
    CHECK_FALSE(clerk::find_word<clerk::Nation>("wales").has_value());
    CHECK_FALSE(clerk::find_word<clerk::Nation>("").has_value());
  }

  TEST_CASE("easter_sunday matches the published dates") {
    struct Case {
      int year;
      const char* easter;
    };
    const Case cases[] = {{2019, "2019-04-21"}, {2024, "2024-03-31"}, {2025, "2025-04-20"},
                          {2026, "2026-04-05"}, {2027, "2027-03-28"}, {2028, "2028-04-16"},
                          {2029, "2029-04-01"}, {2030, "2030-04-21"}, {2038, "2038-04-25"},
                          {2285, "2285-03-22"}, {1818, "1818-03-22"}};
    for (const auto& c : cases) {
      CAPTURE(c.year);
      CHECK(clerk::easter_sunday(c.year) == d(c.easter));
    }
  }

  TEST_CASE("statutory rules reproduce the official list in years without one-off changes") {
    // 2020 (VE day), 2022 (jubilee, state funeral) and 2023 (coronation) had one-off changes.
    const HolidayCalendar cal = HolidayCalendar::shipped();
    for (int year : {2019, 2021, 2024, 2025, 2026, 2027}) {
      for (Nation nation : kAllNations) {
        CAPTURE(year);
        CAPTURE(clerk::word(nation));
        auto official = year_of(cal, nation, year);
        auto computed = clerk::statutory_holidays(nation, year);
        REQUIRE(official.size() == computed.size());
        for (size_t i = 0; i < official.size(); ++i) {
          CAPTURE(official[i].date.iso());
          CHECK(computed[i].date == official[i].date);
          CHECK(computed[i].title == official[i].title);
          CHECK(official[i].source == "official");
          CHECK_FALSE(official[i].provisional);
        }
      }
    }
  }

  TEST_CASE("weekend holidays move to the next weekday not already a holiday") {
    SUBCASE("Christmas on a Sunday goes to Tuesday since Boxing Day keeps Monday") {
      auto days = dates_of(clerk::statutory_holidays(Nation::england_and_wales, 2022));
      CHECK(days.back() == "2022-12-27");
      CHECK(days[days.size() - 2] == "2022-12-26");
    }
    SUBCASE("a Saturday New Year pushes Scotland's Sunday 2nd January to Tuesday") {
      auto days = dates_of(clerk::statutory_holidays(Nation::scotland, 2028));
      CHECK(days[0] == "2028-01-03");
      CHECK(days[1] == "2028-01-04");
    }
    SUBCASE("St Andrew's Day on a Saturday moves to the Monday") {
      auto days = clerk::statutory_holidays(Nation::scotland, 2030);
      CHECK(days[days.size() - 3].date == d("2030-12-02"));
      CHECK(days[days.size() - 3].title == "St Andrew\xE2\x80\x99s Day");
    }
    SUBCASE("St Patrick's and the Boyne move off a weekend in Northern Ireland") {
      auto days = dates_of(clerk::statutory_holidays(Nation::northern_ireland, 2029));
      CHECK(days[1] == "2029-03-19");  // 17 March 2029 is a Saturday
      auto later = dates_of(clerk::statutory_holidays(Nation::northern_ireland, 2026));
      CHECK(std::find(later.begin(), later.end(), "2026-07-13") != later.end());
    }
  }

  TEST_CASE("computed days are marked provisional and source computed") {
    for (Nation nation : kAllNations) {
      for (const Holiday& h : clerk::statutory_holidays(nation, 2029)) {
        CHECK(h.provisional);
        CHECK(h.source == "computed");
        CHECK(h.nation == nation);
      }
    }
  }

  TEST_CASE("the shipped calendar extends the official list with computed years, for any year") {
    const HolidayCalendar cal = HolidayCalendar::shipped();
    for (Nation nation : kAllNations) {
      CAPTURE(clerk::word(nation));
      auto listed = year_of(cal, nation, 2027);
      REQUIRE_FALSE(listed.empty());
      CHECK(listed.front().source == "official");
      // Held up front (2028 to 2057) and computed on demand after that alike.
      for (int year : {2028, 2029, 2030, 2031, 2040, 2057, 2058, 2100, 2400}) {
        CAPTURE(year);
        auto days = year_of(cal, nation, year);
        REQUIRE_FALSE(days.empty());
        CHECK(dates_of(days) == dates_of(clerk::statutory_holidays(nation, year)));
        for (const Holiday& h : days) CHECK(h.provisional);
        for (const Holiday& h : days) CHECK(cal.is_holiday(h.date, nation));
        CHECK(cal.is_provisional(days.front().date, nation));
      }
      CHECK_FALSE(cal.is_provisional(d("2027-12-31"), nation));
    }
    // The one-off days are the official ones, not the rules'.
    CHECK(cal.is_holiday(d("2022-09-19"), Nation::scotland));
    CHECK(cal.is_holiday(d("2023-05-08"), Nation::northern_ireland));
  }

  TEST_CASE("is_holiday is per nation and is_bank_holiday_anywhere covers all three") {
    const HolidayCalendar cal = HolidayCalendar::shipped();
    struct Case {
      const char* date;
      bool england, scotland, northern_ireland;
    };
    const Case cases[] = {
        {"2026-01-02", false, true, false},  {"2026-03-17", false, false, true},
        {"2026-04-06", true, false, true},   {"2026-07-13", false, false, true},
        {"2026-08-03", false, true, false},  {"2026-08-31", true, false, true},
        {"2026-11-30", false, true, false},  {"2026-12-25", true, true, true},
        {"2026-12-29", false, false, false}, {"2029-01-01", true, true, true},
        {"2031-01-02", false, true, false},  {"2031-03-17", false, false, true},
        {"2031-04-14", true, false, true},   {"2031-12-25", true, true, true},
    };
    for (const auto& c : cases) {
      CAPTURE(c.date);
      CHECK(cal.is_holiday(d(c.date), Nation::england_and_wales) == c.england);
      CHECK(cal.is_holiday(d(c.date), Nation::scotland) == c.scotland);
      CHECK(cal.is_holiday(d(c.date), Nation::northern_ireland) == c.northern_ireland);
      CHECK(cal.is_bank_holiday_anywhere(d(c.date)) ==
            (c.england || c.scotland || c.northern_ireland));
    }
  }

  TEST_CASE("list returns one nation's days in an inclusive range in date order") {
    const HolidayCalendar cal = HolidayCalendar::shipped();
    CHECK(dates_of(cal.list(Nation::england_and_wales, d("2026-12-25"), d("2027-01-01"))) ==
          std::vector<std::string>{"2026-12-25", "2026-12-28", "2027-01-01"});
    CHECK(cal.list(Nation::scotland, d("2026-06-01"), d("2026-07-31")).empty());
    CHECK(cal.list(Nation::scotland, d("2027-01-01"), d("2026-01-01")).empty());
  }

  TEST_CASE("add keeps a date already listed for that nation once") {
    HolidayCalendar cal = HolidayCalendar::shipped();
    Holiday extra{d("2026-06-15"), "Council closure day", Nation::scotland, false, "config"};
    cal.add(extra);
    cal.add(extra);
    CHECK(cal.is_holiday(d("2026-06-15"), Nation::scotland));
    CHECK_FALSE(cal.is_holiday(d("2026-06-15"), Nation::england_and_wales));
    CHECK(cal.list(Nation::scotland, d("2026-06-15"), d("2026-06-15")).size() == 1);

    cal.add(Holiday{d("2026-12-25"), "Christmas", Nation::scotland, false, "config"});
    auto christmas = cal.list(Nation::scotland, d("2026-12-25"), d("2026-12-25"));
    REQUIRE(christmas.size() == 1);
    CHECK(christmas[0].title == "Christmas Day");
  }

  TEST_CASE("an office closure is a holiday for the office but never a bank holiday") {
    HolidayCalendar cal = HolidayCalendar::shipped();
    cal.add_closure(
        Holiday{d("2026-12-24"), "Office closed", Nation::england_and_wales, false, "config"});
    cal.add_closure(
        Holiday{d("2026-12-25"), "Office closed", Nation::england_and_wales, false, "config"});
    CHECK(cal.is_holiday(d("2026-12-24"), Nation::england_and_wales));
    CHECK_FALSE(cal.is_bank_holiday(d("2026-12-24"), Nation::england_and_wales));
    CHECK_FALSE(cal.is_bank_holiday_anywhere(d("2026-12-24")));
    CHECK_FALSE(cal.is_holiday(d("2026-12-24"), Nation::scotland));
    // Listed once per day, a bank holiday keeping its own title.
    auto days = cal.list(Nation::england_and_wales, d("2026-12-24"), d("2026-12-25"));
    REQUIRE(days.size() == 2);
    CHECK(days[0].source == "config");
    CHECK(days[1].title == "Christmas Day");

    const clerk::WorkingDays office(cal, Nation::england_and_wales);
    const auto statutory = clerk::WorkingDays::statutory(cal, Nation::england_and_wales);
    const auto uk = clerk::WorkingDays::whole_uk(cal);
    CHECK_FALSE(office.is_working_day(d("2026-12-24")));
    CHECK(statutory.is_working_day(d("2026-12-24")));
    CHECK(uk.is_working_day(d("2026-12-24")));
    CHECK_FALSE(uk.is_working_day(d("2027-01-04")));  // 2 January's substitute in Scotland
    CHECK(statutory.is_working_day(d("2027-01-04")));
  }

  TEST_CASE("replace_years swaps only the nations and years given") {
    HolidayCalendar cal = HolidayCalendar::shipped();
    cal.replace_years({Holiday{d("2029-06-01"), "Special", Nation::scotland, false, "imported"}});
    auto scotland_2029 = year_of(cal, Nation::scotland, 2029);
    REQUIRE(scotland_2029.size() == 1);
    CHECK(scotland_2029[0].source == "imported");
    CHECK_FALSE(cal.is_holiday(d("2029-01-01"), Nation::scotland));
    CHECK(cal.is_holiday(d("2029-01-01"), Nation::england_and_wales));
    CHECK(cal.is_holiday(d("2030-01-01"), Nation::scotland));
    CHECK_FALSE(cal.is_provisional(d("2029-06-01"), Nation::scotland));
    CHECK(cal.is_provisional(d("2029-06-01"), Nation::england_and_wales));
    CHECK(cal.is_provisional(d("2028-06-01"), Nation::scotland));
  }

  TEST_CASE("replace_years with a year beyond those held computes the years skipped") {
    HolidayCalendar cal = HolidayCalendar::shipped();
    cal.replace_years({Holiday{d("2070-06-02"), "Special", Nation::scotland, false, "imported"}});
    CHECK(cal.is_holiday(d("2070-06-02"), Nation::scotland));
    CHECK_FALSE(cal.is_provisional(d("2070-06-02"), Nation::scotland));
    CHECK_FALSE(cal.is_holiday(d("2070-01-01"), Nation::scotland));
    CHECK(cal.is_holiday(d("2066-01-01"), Nation::scotland));  // skipped year: computed
    CHECK(cal.is_provisional(d("2066-01-01"), Nation::scotland));
    CHECK(cal.is_holiday(d("2071-01-01"), Nation::scotland));
    CHECK(cal.is_holiday(d("2028-01-03"), Nation::scotland));
  }

  TEST_CASE("parse_official_holidays reads the GOV.UK format") {
    auto days = clerk::parse_official_holidays(R"({
      "scotland": {"division": "scotland", "events": [
        {"title": "St Andrew\u2019s Day", "date": "2031-12-01", "notes": "Substitute day", "bunting": true}
      ]},
      "northern-ireland": {"division": "northern-ireland", "events": []}
    })",
                                               "import.json");
    REQUIRE(days.size() == 1);
    CHECK(days[0].date == d("2031-12-01"));
    CHECK(days[0].title == "St Andrew\xE2\x80\x99s Day");
    CHECK(days[0].nation == Nation::scotland);
    CHECK(days[0].source == "official");
    CHECK_FALSE(days[0].provisional);
  }

  TEST_CASE("parse_official_holidays refuses malformed files naming the source and line") {
    struct Case {
      const char* what;
      const char* json;
      int line;
      const char* field;
    };
    const Case cases[] = {
        {"broken JSON", "{\n\"scotland\": ", 2, ""},
        {"not an object", "[]", 1, ""},
        {"unknown division", "{\n\"wales\": {\"events\": []}}", 2, "wales"},
        {"no events", "{\"scotland\": {\n}}", 1, "events"},
        {"events not an array", "{\"scotland\": {\"events\":\n {}}}", 2, ""},
        {"no date", "{\"scotland\": {\"events\": [\n{\"title\": \"x\"}]}}", 2, "date"},
        {"no title", "{\"scotland\": {\"events\": [\n{\"date\": \"2031-01-01\"}]}}", 2, "title"},
        {"bad date",
         "{\"scotland\": {\"events\": [{\"title\": \"x\",\n\"date\": \"2031-02-30\"}]}}", 2,
         "date"},
        {"date not a string", "{\"scotland\": {\"events\": [{\"title\": \"x\", \"date\":\n5}]}}", 2,
         ""},
    };
    for (const auto& c : cases) {
      CAPTURE(c.what);
      auto e = official_error(c.json);
      REQUIRE(e);
      CHECK(e->kind() == ErrorKind::bad_data);
      CHECK(e->source() == "import.json");
      CHECK(e->line() == c.line);
      CHECK(e->field() == c.field);
    }
  }

  TEST_CASE("an unknown division suggests the nearest name") {
    auto e = official_error(R"({"scotlnd": {"events": []}})");
    REQUIRE(e);
    CHECK(e->suggestions() == std::vector<std::string>{"scotland"});
  }

  TEST_CASE("weekends and the nation's holidays are not working days") {
    const HolidayCalendar cal = HolidayCalendar::shipped();
    WorkingDays england(cal, Nation::england_and_wales);
    WorkingDays scotland(cal, Nation::scotland);
    WorkingDays uk = WorkingDays::whole_uk(cal);
    CHECK(england.is_working_day(d("2026-11-20")));
    CHECK_FALSE(england.is_working_day(d("2026-11-21")));
    CHECK_FALSE(england.is_working_day(d("2026-11-22")));
    CHECK(england.is_working_day(d("2027-01-04")));
    CHECK_FALSE(scotland.is_working_day(d("2027-01-04")));
    CHECK_FALSE(uk.is_working_day(d("2027-01-04")));
    CHECK_FALSE(uk.is_working_day(d("2026-07-13")));
  }

  TEST_CASE("FOI: 20 working days across the UK from a receipt on 18 December 2026") {
    // FOIA s.10(6): a bank holiday anywhere in the UK is not a working day, so Scotland's
    // 4 January 2027 counts as well as Christmas, Boxing Day (substitute) and New Year.
    const HolidayCalendar cal = HolidayCalendar::shipped();
    WorkingDays uk = WorkingDays::whole_uk(cal);
    CHECK(uk.add(d("2026-12-18"), 20) == d("2027-01-21"));
    CHECK(WorkingDays(cal, Nation::england_and_wales).add(d("2026-12-18"), 20) == d("2027-01-20"));
    CHECK(uk.between(d("2026-12-18"), d("2027-01-21")) == 20);
  }

  TEST_CASE("add skips weekends and holidays across the year end") {
    const HolidayCalendar cal = HolidayCalendar::shipped();
    WorkingDays england(cal, Nation::england_and_wales);
    struct Case {
      const char* from;
      int n;
      const char* to;
    };
    const Case cases[] = {
        {"2026-12-24", 1, "2026-12-29"},  // Thursday; 25th, the weekend and the 28th are off
        {"2026-11-20", 1, "2026-11-23"},  // Friday to Monday
        {"2026-11-21", 1, "2026-11-23"},  // from a Saturday
        {"2026-11-23", 0, "2026-11-23"},
        {"2026-11-22", 0, "2026-11-22"},  // n == 0 returns from, even on a weekend
        {"2026-12-29", -1, "2026-12-24"},
        {"2026-11-23", -1, "2026-11-20"},
        {"2026-11-23", 5, "2026-11-30"},
        {"2027-12-24", 1, "2027-12-29"},  // 2027: Christmas and Boxing Day substitutes
        {"2028-02-28", 1, "2028-02-29"},  // leap day is a working Tuesday
        {"2028-02-29", 1, "2028-03-01"},
        {"2028-12-22", 1, "2028-12-27"},  // computed year: Monday 25th, Tuesday 26th
    };
    for (const auto& c : cases) {
      CAPTURE(c.from);
      CAPTURE(c.n);
      CHECK(england.add(d(c.from), c.n) == d(c.to));
    }
  }

  TEST_CASE("on_or_after returns the day itself or the next working day") {
    const HolidayCalendar cal = HolidayCalendar::shipped();
    WorkingDays england(cal, Nation::england_and_wales);
    CHECK(england.on_or_after(d("2026-11-20")) == d("2026-11-20"));
    CHECK(england.on_or_after(d("2026-11-21")) == d("2026-11-23"));
    CHECK(england.on_or_after(d("2026-12-25")) == d("2026-12-29"));
  }

  TEST_CASE("between counts working days after from up to and including to, negative backwards") {
    const HolidayCalendar cal = HolidayCalendar::shipped();
    WorkingDays england(cal, Nation::england_and_wales);
    CHECK(england.between(d("2026-11-20"), d("2026-11-20")) == 0);
    CHECK(england.between(d("2026-11-20"), d("2026-11-23")) == 1);
    CHECK(england.between(d("2026-11-23"), d("2026-11-20")) == -1);
    CHECK(england.between(d("2026-12-24"), d("2026-12-29")) == 1);
    CHECK(england.between(d("2026-01-01"), d("2026-12-31")) ==
          253);  // 260 weekdays, 7 of them holidays
    for (int n : {1, 7, 20, 60}) {
      CAPTURE(n);
      CHECK(england.between(d("2026-12-18"), england.add(d("2026-12-18"), n)) == n);
      CHECK(england.between(d("2026-12-18"), england.add(d("2026-12-18"), -n)) == -n);
    }
  }
}
