#include "clerk/report/diary_report.hpp"

#include <doctest/doctest.h>

using namespace clerk;

TEST_SUITE("report/diary_report") {
  TEST_CASE("hours read as a quantity to a tenth, never as a clock time") {
    struct Case {
      int64_t minutes;
      const char* text;
    };
    for (const auto& c :
         {Case{1020, "17.0 h"}, Case{750, "12.5 h"}, Case{0, "0.0 h"}, Case{20, "0.3 h"},
          Case{3, "0.1 h"}, Case{2, "0.0 h"}, Case{59, "1.0 h"}}) {
      CAPTURE(c.minutes);
      CHECK(report::hours_text(c.minutes) == c.text);
    }
  }
}
