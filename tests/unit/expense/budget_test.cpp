#include "clerk/expense/budget.hpp"

#include <doctest/doctest.h>

using namespace clerk;
using namespace clerk::expense;

namespace {
Money pounds(int64_t n) { return Money::from_pence(n * 100); }
Date d(const char* iso) { return Date::parse_iso(iso, "test"); }
BudgetLine line(std::optional<Money> budget, Money committed, Money spent) {
  BudgetLine l;
  l.code = "TRAVEL";
  l.budget = budget;
  l.committed = committed;
  l.spent = spent;
  return l;
}
}  // namespace

TEST_SUITE("budget") {
  TEST_CASE("remaining and percent used count committed and spent together") {
    auto l = line(pounds(1'000), pounds(150), pounds(650));
    CHECK(l.used() == pounds(800));
    CHECK(l.remaining() == pounds(200));
    CHECK(l.used_percent() == 80);
  }

  TEST_CASE("percent used rounds down so a budget is not reported full before it is") {
    CHECK(line(Money::from_pence(100'000), Money(), Money::from_pence(99'999)).used_percent() ==
          99);
    CHECK(line(pounds(3), Money(), pounds(1)).used_percent() == 33);
  }

  TEST_CASE("no budget means no remaining and no percent") {
    auto l = line(std::nullopt, pounds(10), Money());
    CHECK_FALSE(l.remaining().has_value());
    CHECK_FALSE(l.used_percent().has_value());
    CHECK(l.flag({80, 100}) == "no budget");
    CHECK(line(std::nullopt, Money(), Money()).flag({80, 100}).empty());
    CHECK_FALSE(line(Money(), Money(), Money()).used_percent().has_value());
  }

  TEST_CASE("warnings name the highest threshold reached, and over-budget lines are marked") {
    CHECK(line(pounds(100), Money(), pounds(79)).flag({80, 100}).empty());
    CHECK(line(pounds(100), Money(), pounds(80)).flag({80, 100}) == "reached 80%");
    CHECK(line(pounds(100), pounds(50), pounds(50)).flag({80, 100}) == "reached 100%");
    CHECK(line(pounds(100), Money::from_pence(1), pounds(100)).flag({80, 100}) == "over budget");
    CHECK(line(pounds(100), Money(), pounds(95)).flag({75, 90}) == "reached 90%");
  }

  TEST_CASE("the forecast runs the year's use so far on to the year end") {
    Period fy = financial_year(2026);  // 365 days
    auto l = line(pounds(1'000), Money(), pounds(100));
    // 73 days gone (1 April to 12 June inclusive): 100 × 365 / 73 = 500.
    CHECK(l.forecast(fy, d("2026-06-12")) == pounds(500));
    CHECK(l.forecast(fy, d("2027-03-31")) == pounds(100));
    CHECK(l.forecast(fy, d("2027-06-01")) == pounds(100));  // a past year: the actual
    CHECK(l.forecast(fy, d("2026-01-01")) == pounds(100));  // a year not started
  }

  TEST_CASE("refunds can make the use negative without breaking the arithmetic") {
    auto l = line(pounds(100), Money(), Money::from_pence(-150));
    CHECK(l.used_percent() == -2);
    CHECK(l.remaining() == Money::from_pence(10'150));
    CHECK(l.flag({80, 100}).empty());
  }
}
