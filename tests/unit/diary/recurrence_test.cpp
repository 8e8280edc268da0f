#include "clerk/diary/recurrence.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "clerk/core/error.hpp"

using clerk::Date;
using namespace clerk::diary;

namespace {

Date d(const char* iso) { return Date::parse_iso(iso, "test"); }

std::vector<std::string> dates(const Recurrence& rule, const char* first, const char* from,
                               const char* to) {
  std::vector<std::string> out;
  for_each_date(rule, d(first), d(from), d(to), [&](Date x) { out.push_back(x.iso()); });
  return out;
}

Recurrence monthly(int nth = 0, std::chrono::weekday day = std::chrono::Sunday) {
  Recurrence r;
  r.frequency = Frequency::monthly;
  r.nth = nth;
  r.weekday = day;
  return r;
}

}  // namespace

TEST_SUITE("diary/recurrence") {
  TEST_CASE("weekly and fortnightly rules step from the first occurrence") {
    Recurrence weekly;
    CHECK(dates(weekly, "2026-11-27", "2026-11-01", "2026-12-12") ==
          std::vector<std::string>{"2026-11-27", "2026-12-04", "2026-12-11"});
    Recurrence fortnightly;
    fortnightly.interval = 2;
    CHECK(dates(fortnightly, "2026-11-27", "2026-12-01", "2026-12-31") ==
          std::vector<std::string>{"2026-12-11", "2026-12-25"});
  }

  TEST_CASE("a weekly rule on several days counts from the first, Monday-first weeks") {
    Recurrence r;
    r.weekdays = {std::chrono::Monday, std::chrono::Wednesday};
    r.count = 4;
    // First on a Wednesday: that week's Monday is before it and does not count.
    CHECK(dates(r, "2026-11-25", "2026-11-01", "2026-12-31") ==
          std::vector<std::string>{"2026-11-25", "2026-11-30", "2026-12-02", "2026-12-07"});
  }

  TEST_CASE("count counts occurrences before the range too") {
    Recurrence r;
    r.count = 3;
    CHECK(dates(r, "2026-11-27", "2026-12-05", "2027-01-31") ==
          std::vector<std::string>{"2026-12-11"});
    CHECK(last_date(r, d("2026-11-27")) == d("2026-12-11"));
  }

  TEST_CASE("until is the last day an occurrence may start") {
    Recurrence r;
    r.until = d("2026-12-11");
    CHECK(dates(r, "2026-11-27", "2026-11-01", "2027-12-31") ==
          std::vector<std::string>{"2026-11-27", "2026-12-04", "2026-12-11"});
    Recurrence open;
    CHECK_FALSE(last_date(open, d("2026-11-27")));
  }

  TEST_CASE("monthly by date skips months without that day (RFC 5545 3.3.10)") {
    CHECK(dates(monthly(), "2027-01-31", "2027-01-01", "2027-05-31") ==
          std::vector<std::string>{"2027-01-31", "2027-03-31", "2027-05-31"});
    // 29 February exists only in leap years.
    Recurrence r = monthly();
    r.interval = 12;
    CHECK(dates(r, "2028-02-29", "2028-01-01", "2036-12-31") ==
          std::vector<std::string>{"2028-02-29", "2032-02-29", "2036-02-29"});
  }

  TEST_CASE("monthly on a fifth weekday skips months with only four") {
    // 29 January 2027 is the fifth Friday.
    CHECK(dates(monthly(5, std::chrono::Friday), "2027-01-29", "2027-01-01", "2027-07-31") ==
          std::vector<std::string>{"2027-01-29", "2027-04-30", "2027-07-30"});
  }

  TEST_CASE("monthly on the last weekday follows month ends") {
    CHECK(dates(monthly(-1, std::chrono::Sunday), "2026-10-25", "2026-10-01", "2027-03-31") ==
          std::vector<std::string>{"2026-10-25", "2026-11-29", "2026-12-27", "2027-01-31",
                                   "2027-02-28", "2027-03-28"});
  }

  TEST_CASE("monthly by weekday and a count walk from the first month") {
    Recurrence r = monthly(5, std::chrono::Friday);
    r.count = 2;
    CHECK(dates(r, "2027-01-29", "2027-06-01", "2027-12-31").empty());
    CHECK(last_date(r, d("2027-01-29")) == d("2027-04-30"));
  }

  TEST_CASE("the command-line names make the rules people mean") {
    auto fourth_friday = make_rule(Repeat::monthly, "weekday", d("2026-11-27"));
    CHECK(fourth_friday.nth == 4);
    CHECK(fourth_friday.weekday == std::chrono::Friday);
    CHECK(make_rule(Repeat::monthly, "last-weekday", d("2026-11-27")).nth == -1);
    CHECK(make_rule(Repeat::fortnightly, "", d("2026-11-27")).interval == 2);
    CHECK(describe(fourth_friday, d("2026-11-27")) == "monthly on the fourth Friday");
    try {
      make_rule(Repeat::monthly, "last-weekday", d("2026-11-20"));
      FAIL("accepted");
    } catch (const clerk::Error& e) {
      CHECK(e.field() == "by");
    }
    CHECK_THROWS_AS(clerk::parse_word<Repeat>("daily"), clerk::Error);
  }

  TEST_CASE("a weekly rule on the first's weekday is the same as one with no days") {
    Recurrence named;
    named.weekdays = {std::chrono::Friday};
    CHECK(canonical(named, d("2026-11-27")) == Recurrence{});
  }
}
