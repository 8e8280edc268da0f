// Direct Payments bank statements: reading a bank's CSV export through the configured column
// mapping, classifying each line by the configured rules, and judging the account against the
// recipient's schedule — unexplained spending, missing payments in, and the surplus to recover.
#pragma once

#include <cstdint>
#include <istream>
#include <optional>
#include <string>
#include <vector>

#include "clerk/config/config.hpp"
#include "clerk/core/date.hpp"
#include "clerk/core/money.hpp"
#include "clerk/core/period.hpp"
#include "clerk/directpay/schedule.hpp"

namespace clerk::directpay {

struct StatementLine {
  int line = 0;  // in the file, for people to find it
  Date date;
  std::string description;
  Money amount;                  // money in positive, money out negative
  std::optional<Money> balance;  // after the line, when the bank gives it
  config::StatementClass cls = config::StatementClass::unexplained;
  // A balance and no amount: "BALANCE BROUGHT FORWARD", the opening balance; no transaction.
  bool balance_only = false;
};

// Reads every line, oldest first (a file newest first is turned round). Error{bad_data} naming
// the source, line and column for a missing column or a bad date or amount: every bad line is
// listed before refusing.
std::vector<StatementLine> read_statement(std::istream& in, const std::string& source,
                                          const config::Statement& settings);

// The class of the first rule one of whose words the description contains as whole words
// (ignoring case: CARE matches "BRIGHT CARE LTD", not "CAREFREE" or "SKINCARE") and whose
// direction fits; unexplained when none does.
config::StatementClass classify(const std::string& description, Money amount,
                                const std::vector<config::StatementRule>& rules);

// A line whose balance does not follow from the balance before it and the amounts since.
struct BalanceBreak {
  int line = 0;
  Date date;
  Money expected;  // the balance before plus the amounts since
  Money actual;    // what the bank's balance column says
};

struct MissingPayment {
  Date due;
  Money amount;
};

struct ClassTotal {
  config::StatementClass cls;
  int64_t lines = 0;
  Money in, out;  // out as a positive sum
};

struct StatementFindings {
  Period period;
  int64_t lines = 0;
  std::vector<ClassTotal> totals;  // in class order, classes with lines only
  std::vector<StatementLine> unexplained;
  std::vector<MissingPayment> missing;
  std::vector<BalanceBreak> balance_breaks;
  Money opening;  // the balance before the period's first line
  Money closing;  // after its last
  Money owed;     // what the recipient declares outstanding
  Money contingency;
  Money surplus;  // closing − owed − contingency, when positive
  Money unexplained_total() const;
  Money missing_total() const;
};

// Judges the lines dated in `period` against `schedules` (the recipient's, oldest first):
// every due payment should arrive as a payment-in line of its amount within `window_days`
// either side; the contingency is `contingency_weeks` of the schedule in force at the end.
// Error{bad_data} when no line in the period carries a balance.
StatementFindings judge_statement(const std::vector<StatementLine>& lines, const Period& period,
                                  const std::vector<Schedule>& schedules, Money owed,
                                  int contingency_weeks, int window_days);

}  // namespace clerk::directpay
