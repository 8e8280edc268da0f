#include "clerk/core/period.hpp"

#include <doctest/doctest.h>

#include "clerk/core/error.hpp"

using namespace clerk;

namespace {
Date d(const char* iso) { return Date::parse_iso(iso, "test"); }
}  // namespace

TEST_SUITE("period") {
  TEST_CASE("the financial year runs 1 April to 31 March") {
    auto fy = financial_year(2026);
    CHECK(fy.from == d("2026-04-01"));
    CHECK(fy.last_day() == d("2027-03-31"));
    CHECK(fy.label == "FY 2026-27");
    CHECK(financial_year_of(d("2027-03-31")) == 2026);
    CHECK(financial_year_of(d("2027-04-01")) == 2027);
  }

  TEST_CASE("the tax year runs 6 April to 5 April") {
    CHECK(tax_year_of(d("2026-04-05")) == 2025);
    CHECK(tax_year_of(d("2026-04-06")) == 2026);
    auto ty = tax_year(2026);
    CHECK(ty.from == d("2026-04-06"));
    CHECK(ty.last_day() == d("2027-04-05"));
  }

  TEST_CASE("months and quarters are half-open ranges") {
    auto feb = parse_month("2028-02", "month");
    CHECK(feb.days() == 29);
    CHECK(feb.contains(d("2028-02-29")));
    CHECK_FALSE(feb.contains(d("2028-03-01")));
    auto q3 = parse_quarter("2026Q3", "quarter");
    CHECK(q3.from == d("2026-07-01"));
    CHECK(q3.last_day() == d("2026-09-30"));
  }

  TEST_CASE("named relative periods resolve against today") {
    Date today = d("2026-01-14");  // a Wednesday
    CHECK(parse_period("last-month", "p", today).from == d("2025-12-01"));
    CHECK(parse_period("this-week", "p", today).from == d("2026-01-12"));
    CHECK(parse_period("last-week", "p", today).last_day() == d("2026-01-11"));
    CHECK(parse_period("last-quarter", "p", today).label == "2025Q4");
    CHECK(parse_period("this-fy", "p", today).label == "FY 2025-26");
    CHECK(parse_period("fy2026", "p", today).label == "FY 2026-27");
  }

  TEST_CASE("bad periods are refused naming the field") {
    for (const char* bad : {"2026-13", "2026Q5", "26", "next-month", "2026-1"}) {
      CAPTURE(bad);
      try {
        parse_period(bad, "month", d("2026-01-01"));
        FAIL("expected an error");
      } catch (const Error& e) {
        CHECK(e.kind() == ErrorKind::bad_data);
        CHECK(e.field() == "month");
      }
    }
    CHECK_THROWS_AS(date_range(d("2026-02-01"), d("2026-01-01")), Error);
  }
}
