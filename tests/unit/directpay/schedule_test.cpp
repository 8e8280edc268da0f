#include "clerk/directpay/schedule.hpp"

#include <doctest/doctest.h>

#include "clerk/core/error.hpp"

using namespace clerk;
using namespace clerk::directpay;

namespace {
Date d(const char* iso) { return Date::parse_iso(iso, "test"); }
Schedule every(Every e, int64_t pence, const char* from) {
  Schedule s;
  s.every = e;
  s.amount = Money::from_pence(pence);
  s.starts_on = d(from);
  return s;
}
}  // namespace

TEST_SUITE("schedule") {
  TEST_CASE("weekly and 4-weekly payments fall due every 7 and 28 days from the start") {
    auto period = date_range(d("2026-07-01"), d("2026-09-30"));
    auto four = due_dates(every(Every::four_weeks, 60'000, "2026-07-06"), period);
    CHECK(four ==
          std::vector<Date>{d("2026-07-06"), d("2026-08-03"), d("2026-08-31"), d("2026-09-28")});
    auto weekly = due_dates(every(Every::week, 10'000, "2026-06-24"), period);
    CHECK(weekly.front() == d("2026-07-01"));
    CHECK(weekly.back() == d("2026-09-30"));
    CHECK(weekly.size() == 14);
  }

  TEST_CASE("monthly payments keep their day, or the month's last when it has none") {
    auto s = every(Every::month, 120'000, "2026-01-31");
    auto due = due_dates(s, date_range(d("2026-02-01"), d("2026-05-31")));
    CHECK(due ==
          std::vector<Date>{d("2026-02-28"), d("2026-03-31"), d("2026-04-30"), d("2026-05-31")});
  }

  TEST_CASE("an ended schedule has no payments from its end") {
    auto s = every(Every::week, 10'000, "2026-07-01");
    s.ends_on = d("2026-07-15");
    CHECK(due_dates(s, date_range(d("2026-07-01"), d("2026-07-31"))).size() == 2);
  }

  TEST_CASE("the contingency is weeks of payments, to the nearest penny") {
    // 8 weeks: £100 a week → £800; £600 every 4 weeks → 2 × £600 = £1,200;
    // £400 a month → £400 × 12 × 8 / 52 = £738.4615… → £738.46;
    // £1,000.01 a month → 8 × 12 × 100001 / 52 = 184617.23… → £1,846.17.
    CHECK(weeks_of_payments(every(Every::week, 10'000, "2026-01-01"), 8).pence() == 80'000);
    CHECK(weeks_of_payments(every(Every::four_weeks, 60'000, "2026-01-01"), 8).pence() == 120'000);
    CHECK(weeks_of_payments(every(Every::month, 40'000, "2026-01-01"), 8).pence() == 73'846);
    CHECK(weeks_of_payments(every(Every::month, 100'001, "2026-01-01"), 8).pence() == 184'617);
    // £13 a month for 1 week: 13 × 12 / 52 = £3.00 exactly; £650 over 4 weeks, 1 week = £162.50.
    CHECK(weeks_of_payments(every(Every::month, 1'300, "2026-01-01"), 1).pence() == 300);
    CHECK(weeks_of_payments(every(Every::four_weeks, 65'000, "2026-01-01"), 1).pence() == 16'250);
  }

  TEST_CASE("frequencies are week, 4-weeks or month") {
    CHECK(parse_word<Every>("4-weeks") == Every::four_weeks);
    CHECK(parse_word<Every>(" Month ") == Every::month);
    try {
      parse_word<Every>("fortnight");
      FAIL("expected an error");
    } catch (const Error& e) {
      CHECK(e.kind() == ErrorKind::bad_data);
      CHECK(e.field() == "every");
    }
  }
}
