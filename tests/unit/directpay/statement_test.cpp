#include "clerk/directpay/statement.hpp"

#include <doctest/doctest.h>

#include <sstream>

#include "clerk/core/error.hpp"

using namespace clerk;
using namespace clerk::directpay;
using config::StatementClass;

namespace {

Date d(const char* iso) { return Date::parse_iso(iso, "test"); }

std::vector<StatementLine> read(const std::string& csv,
                                const config::Statement& settings = config::Statement()) {
  std::istringstream in(csv);
  return read_statement(in, "statement.csv", settings);
}

Schedule four_weekly() {
  Schedule s;
  s.amount = Money::from_pence(60'000);
  s.every = Every::four_weeks;
  s.starts_on = d("2026-07-06");
  return s;
}

// The example statement (examples/data/direct-payments-statement.csv), oldest first.
const char* kStatement = R"(Date,Description,Amount,Balance
01/07/2026,BANK CHARGE,-5.00,1995.00
06/07/2026,CARDIFF COUNCIL DIRECT PAYMENT,600.00,2595.00
10/07/2026,BRIGHT CARE LTD,-320.00,2275.00
17/07/2026,WAGES J SMITH,-150.00,2125.00
22/07/2026,HMRC PAYE,-45.00,2080.00
03/08/2026,CARDIFF COUNCIL DIRECT PAYMENT,600.00,2680.00
07/08/2026,BRIGHT CARE LTD,-320.00,2360.00
14/08/2026,TESCO STORES,-85.40,2274.60
21/08/2026,WAGES J SMITH,-150.00,2124.60
04/09/2026,BRIGHT CARE LTD,-320.00,1804.60
11/09/2026,AMAZON MARKETPLACE,-64.99,1739.61
18/09/2026,WAGES J SMITH,-150.00,1589.61
29/09/2026,CARDIFF COUNCIL DIRECT PAYMENT,600.00,2189.61
30/09/2026,INSURANCE PREMIUM,-12.50,2177.11
)";

}  // namespace

TEST_SUITE("statement") {
  TEST_CASE("the default rules classify the usual descriptions, first match winning") {
    const auto& rules = config::default_statement_rules();
    auto in = Money::from_pence(100), out = Money::from_pence(-100);
    CHECK(classify("Cardiff Council direct payment", in, rules) == StatementClass::payment_in);
    CHECK(classify("HMRC PAYE", out, rules) == StatementClass::hmrc);
    CHECK(classify("Bright Care Ltd", out, rules) == StatementClass::care_agency);
    CHECK(classify("WAGES J SMITH", out, rules) == StatementClass::personal_assistant);
    CHECK(classify("Bank charge", out, rules) == StatementClass::permitted);
    CHECK(classify("TESCO STORES", out, rules) == StatementClass::unexplained);
    // Direction matters: money going out to the council is not a payment in.
    CHECK(classify("CARDIFF COUNCIL", out, rules) == StatementClass::unexplained);
  }

  TEST_CASE("a statement is judged: closing balance less owed and contingency is the surplus") {
    auto lines = read(kStatement);
    REQUIRE(lines.size() == 14);
    auto f = judge_statement(lines, date_range(d("2026-07-01"), d("2026-09-30")), {four_weekly()},
                             Money::from_pence(47'000), 8, 7);
    CHECK(f.lines == 14);
    CHECK(f.opening.pence() == 200'000);
    CHECK(f.closing.pence() == 217'711);
    CHECK(f.contingency.pence() == 120'000);                 // 8 weeks of £600 every 4 weeks
    CHECK(f.surplus.pence() == 217'711 - 47'000 - 120'000);  // £507.11
    CHECK(f.unexplained_total().pence() == 8'540 + 6'499);
    REQUIRE(f.missing.size() == 1);  // 31 August never came; 28 September came on the 29th
    CHECK(f.missing[0].due == d("2026-08-31"));
    CHECK(f.balance_breaks.empty());
  }

  TEST_CASE("no surplus when the balance is within what is owed and the contingency") {
    auto f = judge_statement(read(kStatement), date_range(d("2026-07-01"), d("2026-09-30")),
                             {four_weekly()}, Money::from_pence(100'000), 8, 7);
    CHECK(f.surplus.pence() == 0);
  }

  TEST_CASE("a payment outside the window is missing, and one on its edge is not") {
    auto lines = read(kStatement);
    auto narrow = judge_statement(lines, date_range(d("2026-07-01"), d("2026-09-30")),
                                  {four_weekly()}, Money(), 8, 0);
    CHECK(narrow.missing.size() == 2);  // 28 September's arrived a day late
    auto edge = judge_statement(lines, date_range(d("2026-07-01"), d("2026-09-30")),
                                {four_weekly()}, Money(), 8, 1);
    CHECK(edge.missing.size() == 1);
  }

  TEST_CASE("a file newest first is read oldest first, and a broken balance is found") {
    auto lines = read(
        "Date,Description,Amount,Balance\n"
        "03/07/2026,B,-10.00,80.00\n"
        "02/07/2026,A,-10.00,100.00\n"
        "01/07/2026,COUNCIL,100.00,110.00\n");
    REQUIRE(lines.size() == 3);
    CHECK(lines.front().date == d("2026-07-01"));
    auto f = judge_statement(lines, date_range(d("2026-07-01"), d("2026-07-03")), {four_weekly()},
                             Money(), 8, 7);
    REQUIRE(f.balance_breaks.size() == 1);  // 100 − 10 is 90, not the 80 on line 2
    CHECK(f.balance_breaks[0].line == 2);
    CHECK(f.balance_breaks[0].date == d("2026-07-03"));
    CHECK(f.balance_breaks[0].expected.pence() == 9'000);
    CHECK(f.balance_breaks[0].actual.pence() == 8'000);
  }

  TEST_CASE("rule words match whole words only") {
    const auto& rules = config::default_statement_rules();
    auto out = Money::from_pence(-100);
    CHECK(classify("CAREFREE HOLIDAYS LTD", out, rules) == StatementClass::unexplained);
    CHECK(classify("BOOTS SKINCARE", out, rules) == StatementClass::unexplained);
    CHECK(classify("BRIGHT CARE LTD", out, rules) == StatementClass::care_agency);
    CHECK(classify("CARE/SUPPORT 0931", out, rules) == StatementClass::care_agency);
    CHECK(classify("CARE", out, rules) == StatementClass::care_agency);
    CHECK(classify("DD PAYEE REF", out, rules) == StatementClass::unexplained);  // not PAYE
    CHECK(classify("CARDIFF COUNCIL DIRECT PAYMENT", Money::from_pence(100), rules) ==
          StatementClass::payment_in);
  }

  TEST_CASE("a balance brought forward with no amount is the opening balance") {
    auto lines = read(
        "Date,Description,Amount,Balance\n"
        "01/07/2026,BALANCE BROUGHT FORWARD,,1000.00\n"
        "06 Jul 2026,CARDIFF COUNCIL DIRECT PAYMENT,600.00,1600.00\n"
        "07-Jul-2026,BRIGHT CARE LTD,-320.00,1280.00\n"
        "2026-07-08,TESCO,-20.00,1260.00\n");
    REQUIRE(lines.size() == 4);
    CHECK(lines[0].balance_only);
    CHECK(lines[1].date == d("2026-07-06"));
    CHECK(lines[2].date == d("2026-07-07"));
    auto f = judge_statement(lines, date_range(d("2026-07-01"), d("2026-07-08")), {four_weekly()},
                             Money(), 8, 7);
    CHECK(f.lines == 3);  // the brought-forward row is no transaction
    CHECK(f.opening.pence() == 100'000);
    CHECK(f.closing.pence() == 126'000);
    CHECK(f.balance_breaks.empty());
    CHECK(f.unexplained_total().pence() == 2'000);
  }

  TEST_CASE("separate paid in and paid out columns with ISO dates") {
    config::Statement s;
    s.amount_column.clear();
    s.paid_in_column = "In";
    s.paid_out_column = "Out";
    s.date_format = "yyyy-mm-dd";
    auto lines = read(
        "Date,Description,In,Out,Balance\n2026-11-02,DP,600.00,,600.00\n"
        "2026-11-03,SHOP,,12.50,587.50\n",
        s);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].amount.pence() == 60'000);
    CHECK(lines[1].amount.pence() == -1'250);
  }

  TEST_CASE("bad lines are refused, naming the file") {
    try {
      read("Date,Description,Amount,Balance\n31/02/2026,X,1.00,1.00\n01/03/2026,Y,1.005,1.00\n");
      FAIL("expected an error");
    } catch (const Error& e) {
      CHECK(e.kind() == ErrorKind::bad_data);
      CHECK(e.source() == "statement.csv");
      CHECK(std::string(e.what()).find("2 bad rows") != std::string::npos);
    }
    try {
      read("Date,Memo,Amount,Balance\n");
      FAIL("expected an error");
    } catch (const Error& e) {
      CHECK(e.kind() == ErrorKind::bad_data);
      CHECK(e.line() == 1);
    }
  }

  TEST_CASE("without any balance in the period the closing balance is unknown") {
    auto lines = read("Date,Description,Amount,Balance\n01/07/2026,X,-1.00,\n");
    try {
      judge_statement(lines, date_range(d("2026-07-01"), d("2026-07-31")), {four_weekly()}, Money(),
                      8, 7);
      FAIL("expected an error");
    } catch (const Error& e) {
      CHECK(e.kind() == ErrorKind::bad_data);
      CHECK(e.field() == "balance");
    }
  }
}
