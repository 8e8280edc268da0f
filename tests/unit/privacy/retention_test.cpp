#include "clerk/privacy/retention.hpp"

#include <doctest/doctest.h>

using namespace clerk;

TEST_SUITE("audit/retention") {
  TEST_CASE("the default policy: cases 6 years after closure, diary and access log 2 years") {
    auto c = privacy::retention_cutoffs({}, *Date::from_ymd(2026, 11, 24));
    CHECK(c.cases_closed_before.iso() == "2020-11-24");
    CHECK(c.diary_ended_before.iso() == "2024-11-24");
    CHECK(c.access_before.iso() == "2024-11-24");
  }

  TEST_CASE("expenses go 6 years after the 31 March ending their financial year") {
    struct Case {
      const char* today;
      const char* up_to;
    };
    // On 2026-11-24 the year ending 2020-03-31 ended over 6 years ago (items to 2020-03-31);
    // the year ending 2021-03-31 did not.
    for (auto c : {Case{"2026-11-24", "2020-03-31"}, Case{"2026-04-01", "2020-03-31"},
                   Case{"2026-03-31", "2019-03-31"}, Case{"2026-01-15", "2019-03-31"}}) {
      CAPTURE(c.today);
      auto cut = privacy::retention_cutoffs({}, Date::parse_iso(c.today, "today"));
      CHECK(cut.expenses_dated_up_to.iso() == c.up_to);
    }
  }

  TEST_CASE("the years come from the policy, and 29 February clamps") {
    config::Retention p;
    p.closed_cases_years = 1;
    auto c = privacy::retention_cutoffs(p, *Date::from_ymd(2028, 2, 29));
    CHECK(c.cases_closed_before.iso() == "2027-02-28");
  }
}
