#include "clerk/report/saved_report.hpp"

#include <doctest/doctest.h>

using clerk::Date;
using clerk::report::expand_output;

TEST_CASE("saved report output paths fill in {date} and {period}") {
  const Date today = Date::parse_iso("2026-12-01", "test");
  CHECK(expand_output("/srv/reports/{period}/monthly-{date}.pdf", today, "2026-11") ==
        "/srv/reports/2026-11/monthly-2026-12-01.pdf");
  // A period label with spaces or slashes cannot make a path wander.
  CHECK(expand_output("out-{period}.txt", today, "FY 2026-27") == "out-FY-2026-27.txt");
  CHECK(expand_output("out-{period}.txt", today, "2026-11-01 to 2026/11/30") ==
        "out-2026-11-01-to-2026-11-30.txt");
  CHECK(expand_output("plain.txt", today, "x") == "plain.txt");
  CHECK(expand_output("{date", today, "x") == "{date");
}
