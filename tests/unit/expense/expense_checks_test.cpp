#include "clerk/expense/expense_checks.hpp"

#include <doctest/doctest.h>

#include <algorithm>

#include "clerk/core/error.hpp"
#include "clerk/expense/mileage.hpp"

using namespace clerk;
using namespace clerk::expense;

namespace {

Date d(const char* iso) { return Date::parse_iso(iso, "test"); }

// Runs the checker over `items` for FY 2026-27 with the default thresholds.
struct Run {
  std::vector<ExpenseFinding> findings;
  explicit Run(const std::vector<CheckItem>& items,
               config::ExpenseChecks settings = config::ExpenseChecks()) {
    HolidayCalendar calendar = HolidayCalendar::shipped();
    std::map<int64_t, Approver> staff = {{1, {"sam", Money()}},
                                         {2, {"fay", Money::from_pence(5'000)}}};
    ExpenseChecker checker(settings, expense::rate_table({}), calendar, Nation::england_and_wales,
                           staff, financial_year(2026), d("2026-11-24"),
                           [&](const ExpenseFinding& f) { findings.push_back(f); });
    for (const auto& item : items) checker.add(item);
    checker.finish();
  }
  std::vector<ExpenseFinding> of(const std::string& check) const {
    std::vector<ExpenseFinding> out;
    std::copy_if(findings.begin(), findings.end(), std::back_inserter(out),
                 [&](const ExpenseFinding& f) { return f.check == check; });
    return out;
  }
};

CheckItem receipted(int64_t id, const char* date, int64_t pence) {
  CheckItem item;
  item.id = id;
  item.claimant_id = 1;
  item.date = d(date);
  item.amount = Money::from_pence(pence);
  item.has_receipt = true;
  item.status = expense::Status::submitted;
  item.submitted_on = d(date);
  return item;
}

CheckItem car(int64_t id, const char* date, int64_t miles, int64_t pence) {
  CheckItem item = receipted(id, date, pence);
  item.mileage = item.car = true;
  item.has_receipt = false;
  item.miles_tenths = int32_t(miles * 10);
  return item;
}

}  // namespace

TEST_SUITE("expense_checks") {
  TEST_CASE("the same claimant, date and amount twice is a possible duplicate") {
    Run run({receipted(1, "2026-11-17", 1234), receipted(2, "2026-11-17", 1234),
             receipted(3, "2026-11-17", 1235), receipted(4, "2026-11-18", 1234)});
    auto dups = run.of("duplicate");
    REQUIRE(dups.size() == 1);
    CHECK(dups[0].items == std::vector<int64_t>{1, 2});
    CHECK(dups[0].severity == Severity::warning);
  }

  TEST_CASE("a receipt is needed only above the configured amount") {
    CheckItem at = receipted(1, "2026-11-17", 2'500), above = receipted(2, "2026-11-18", 2'501);
    at.has_receipt = above.has_receipt = false;
    auto missing = Run({at, above}).of("missing-receipt");
    REQUIRE(missing.size() == 1);
    CHECK(missing[0].items == std::vector<int64_t>{2});
    config::ExpenseChecks strict;
    strict.receipt_above = Money::from_pence(1'000);
    CHECK(Run({at, above}, strict).of("missing-receipt").size() == 2);
  }

  TEST_CASE("self-approval and approval above the approver's limit are errors") {
    CheckItem self = receipted(1, "2026-11-17", 1'001), over = receipted(2, "2026-11-18", 5'001),
              within = receipted(3, "2026-11-19", 5'000);
    for (CheckItem* item : {&self, &over, &within}) item->status = expense::Status::approved;
    self.decided_by = 1;
    over.decided_by = within.decided_by = 2;
    Run run({self, over, within});
    REQUIRE(run.of("self-approval").size() == 1);
    CHECK(run.of("self-approval")[0].severity == Severity::error);
    REQUIRE(run.of("over-limit").size() == 1);
    CHECK(run.of("over-limit")[0].items == std::vector<int64_t>{2});
  }

  TEST_CASE("weekends and bank holidays are noted") {
    // 2026-12-25 is Christmas Day (a Friday); 2026-11-21 a Saturday; 2026-11-23 a Monday.
    Run run({receipted(1, "2026-11-21", 1'001), receipted(2, "2026-11-23", 1'002),
             receipted(3, "2026-12-25", 1'003)});
    CHECK(run.of("weekend").size() == 1);
    REQUIRE(run.of("bank-holiday").size() == 1);
    CHECK(run.of("bank-holiday")[0].items == std::vector<int64_t>{3});
  }

  TEST_CASE("round sums are whole multiples of the configured amount") {
    Run run({receipted(1, "2026-11-17", 4'000), receipted(2, "2026-11-18", 4'050)});
    REQUIRE(run.of("round-sum").size() == 1);
    CHECK(run.of("round-sum")[0].items == std::vector<int64_t>{1});
  }

  TEST_CASE("late submissions: submitted beyond the age, or still a draft past it") {
    CheckItem late = receipted(1, "2026-05-01", 1'001), on_time = receipted(2, "2026-05-02", 1'002),
              draft = receipted(3, "2026-08-25", 1'003);
    late.submitted_on = d("2026-07-31");     // 91 days
    on_time.submitted_on = d("2026-07-31");  // 90 days
    draft.status = expense::Status::draft;   // 91 days before 2026-11-24
    draft.submitted_on.reset();
    auto found = Run({late, on_time, draft}).of("late-submission");
    REQUIRE(found.size() == 2);
    CHECK(found[0].items == std::vector<int64_t>{1});
    CHECK(found[1].items == std::vector<int64_t>{3});
  }

  TEST_CASE("45p miles beyond the 10,000th in a tax year are found, earlier miles counted") {
    // A 100 mi journey entered before an earlier 9,990 mi one was paid all at 45p (£45.00); only
    // 10 mi were due at 45p and 90 at 25p (£27.00): 90 mi × 20p = £18.00 overpaid.
    Run run({car(1, "2026-04-10", 9'990, 9'990 * 45), car(2, "2026-05-01", 100, 4'500),
             car(3, "2026-05-02", 10, 250)});
    auto found = run.of("mileage-threshold");
    REQUIRE(found.size() == 1);
    CHECK(found[0].items == std::vector<int64_t>{2});
    CHECK(found[0].detail.find("90 mi paid at 45p") != std::string::npos);
    CHECK(found[0].detail.find("£18.00 overpaid") != std::string::npos);
  }

  TEST_CASE("miles from before the period still count toward the tax year's threshold") {
    // Tax year 2026-27 starts on 6 April; the period (FY) on 1 April. A journey on 3 April is
    // tax year 2025-26 and must not count; miles on 6 April to 31 March do.
    Run run({car(1, "2026-04-03", 9'000, 9'000 * 45), car(2, "2026-04-06", 9'995, 9'995 * 45),
             car(3, "2026-04-07", 10, 10 * 45)});
    auto found = run.of("mileage-threshold");
    REQUIRE(found.size() == 1);
    CHECK(found[0].items == std::vector<int64_t>{3});
    CHECK(found[0].detail.find("5 mi paid at 45p") != std::string::npos);
  }

  TEST_CASE("--fail-on takes warning or error") {
    CHECK(parse_fail_on("warning") == Severity::warning);
    CHECK(parse_fail_on("error") == Severity::error);
    try {
      parse_fail_on("info");
      FAIL("expected an error");
    } catch (const Error& e) {
      CHECK(e.kind() == ErrorKind::bad_data);
      CHECK(e.field() == "fail-on");
    }
  }
}
