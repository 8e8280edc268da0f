#include "clerk/report/statistics.hpp"

#include <doctest/doctest.h>

using clerk::report::percent;
using clerk::report::percentile;

TEST_CASE("nearest-rank percentiles, worked by hand") {
  // Sorted: 1 2 3 4 5 6 7 8 9 10. Median: ceil(0.5 × 10) = 5th = 5. P90: ceil(0.9 × 10) = 9th.
  std::vector<int64_t> ten = {7, 1, 10, 3, 5, 2, 9, 4, 8, 6};
  CHECK(percentile(ten, 50) == 5);
  CHECK(percentile(ten, 90) == 9);
  CHECK(percentile(ten, 100) == 10);
  // Odd count: 3 12 19 20 40 — median the 3rd (19); p90 ceil(4.5) = 5th (40).
  std::vector<int64_t> five = {20, 3, 40, 12, 19};
  CHECK(percentile(five, 50) == 19);
  CHECK(percentile(five, 90) == 40);
  // One value is every percentile; none is none.
  std::vector<int64_t> one = {14};
  CHECK(percentile(one, 50) == 14);
  CHECK(percentile(one, 90) == 14);
  std::vector<int64_t> none;
  CHECK_FALSE(percentile(none, 50).has_value());
  // Twenty working-day figures as a caseload sees them: p90 = 18th smallest.
  std::vector<int64_t> twenty = {1, 2,  2,  3,  4,  5,  5,  6,  7,  8,
                                 9, 10, 10, 11, 12, 15, 18, 25, 40, 60};
  CHECK(percentile(twenty, 90) == 25);
  CHECK(percentile(twenty, 50) == 8);
}

TEST_CASE("whole percentages round down and need a whole") {
  CHECK(percent(2, 3) == 66);
  CHECK(percent(999, 1000) == 99);
  CHECK(percent(5, 5) == 100);
  CHECK(percent(0, 7) == 0);
  CHECK_FALSE(percent(0, 0).has_value());
}
