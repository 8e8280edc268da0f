// Expense policy checks: the findings an auditor looks for in claim items, as pure rules over a
// stream of items ordered by claimant, date and id.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "clerk/config/config.hpp"
#include "clerk/core/calendar.hpp"
#include "clerk/core/date.hpp"
#include "clerk/core/money.hpp"
#include "clerk/core/period.hpp"
#include "clerk/core/word_enum.hpp"
#include "clerk/expense/claim.hpp"

namespace clerk::expense {

enum class Severity { info, warning, error };
const EnumWords& enum_words(Severity);
// For --fail-on: "warning" or "error"; Error{bad_data} naming `field` otherwise.
Severity parse_fail_on(std::string_view text, std::string_view field = "fail-on");

struct ExpenseFinding {
  Severity severity = Severity::info;
  std::string check;  // duplicate, missing-receipt, self-approval, over-limit, weekend,
                      // bank-holiday, mileage-threshold, round-sum, late-submission
  std::string claimant;
  Date date;
  Money amount;
  std::vector<int64_t> items;
  std::string detail;
};

// What the checks need to know of one item (rejected items are never checked). Kept small:
// a period's items are sorted in memory (see expense_check_store.hpp).
struct CheckItem {
  int64_t id = 0;
  int64_t claimant_id = 0;
  int64_t decided_by = 0;
  Date date;
  std::optional<Date> submitted_on;
  Money amount;
  int32_t miles_tenths = 0;  // 75 is 7.5 miles
  int16_t passengers = 0;
  expense::Status status = expense::Status::draft;
  bool has_receipt = false;
  bool mileage = false;
  bool car = false;             // a car or van mileage item
  bool paid_elsewhere = false;  // miles another organisation paid for
};

// Who claims and approves: login and approval limit by staff id.
struct Approver {
  std::string login;
  Money approval_limit;
};

// Runs every check over items fed in (claimant, date, id) order. Items before `period` are fed
// only so car miles count toward the tax year's threshold; findings are for items inside it.
class ExpenseChecker {
 public:
  using Sink = std::function<void(const ExpenseFinding&)>;
  ExpenseChecker(const config::ExpenseChecks& settings,
                 std::vector<config::MileageRates> rate_table, const HolidayCalendar& calendar,
                 Nation nation, std::map<int64_t, Approver> staff, Period period, Date today,
                 Sink sink);
  void add(const CheckItem& item);
  // Reports what is still held (the last day's group).
  void finish();
  int64_t items_checked() const { return checked_; }

 private:
  void flush_day();
  void check_item(const CheckItem& item);
  void check_mileage(const CheckItem& item, int64_t tenths_before);
  ExpenseFinding finding(Severity severity, std::string check, const CheckItem& item,
                         std::string detail) const;

  config::ExpenseChecks settings_;
  std::vector<config::MileageRates> rates_;
  const HolidayCalendar& calendar_;
  Nation nation_;
  std::map<int64_t, Approver> staff_;
  Period period_;
  Date today_;
  Sink sink_;
  std::vector<CheckItem> day_;  // one claimant's items on one day
  int64_t claimant_ = -1;
  Period tax_year_;                    // the tax year of the claimant's latest item
  int64_t car_miles_ = 0;              // the claimant's car miles so far in tax_year_, in tenths
  std::vector<int64_t> miles_before_;  // per item of day_, car miles (tenths) before it
  int64_t checked_ = 0;
};

}  // namespace clerk::expense
