#include "clerk/expense/claim.hpp"

#include <doctest/doctest.h>

#include "clerk/core/error.hpp"

using namespace clerk;
using namespace clerk::expense;

namespace {

Claim claim(Status status, int64_t claimant_id = 2, int64_t pence = 5'000) {
  Claim c;
  c.id = 7;
  c.claimant_id = claimant_id;
  c.status = status;
  c.amount = Money::from_pence(pence);
  c.budget = "TRAVEL";
  return c;
}

people::Staff staff(int64_t id, people::Role role, int64_t limit_pence) {
  people::Staff s;
  s.id = id;
  s.login = "approver";
  s.role = role;
  s.approval_limit = Money::from_pence(limit_pence);
  return s;
}

template <class F>
ErrorKind kind_of(F&& f) {
  try {
    f();
  } catch (const Error& e) {
    return e.kind();
  }
  FAIL("expected an error");
  return ErrorKind::internal;
}

}  // namespace

TEST_SUITE("claim") {
  TEST_CASE("items move draft → submitted → approved → paid") {
    CHECK_NOTHROW(require_transition(claim(Status::draft), Status::submitted));
    CHECK_NOTHROW(require_transition(claim(Status::submitted), Status::approved));
    CHECK_NOTHROW(require_transition(claim(Status::submitted), Status::rejected));
    CHECK_NOTHROW(require_transition(claim(Status::approved), Status::paid));
    CHECK_NOTHROW(require_transition(claim(Status::rejected), Status::draft));
  }

  TEST_CASE("illegal state changes are bad data") {
    struct Row {
      Status from, to;
    };
    for (Row r : {Row{Status::submitted, Status::submitted},
                  Row{Status::rejected, Status::submitted}, Row{Status::draft, Status::approved},
                  Row{Status::paid, Status::approved}, Row{Status::draft, Status::rejected},
                  Row{Status::submitted, Status::paid}, Row{Status::approved, Status::draft}}) {
      CAPTURE(word(r.from));
      CAPTURE(word(r.to));
      CHECK(kind_of([&] { require_transition(claim(r.from), r.to); }) == ErrorKind::bad_data);
    }
  }

  TEST_CASE("only drafts and rejected items are edited, only drafts deleted") {
    CHECK_NOTHROW(require_editable(claim(Status::rejected)));
    CHECK(kind_of([] { require_editable(claim(Status::approved)); }) == ErrorKind::bad_data);
    CHECK_NOTHROW(require_deletable(claim(Status::draft)));
    CHECK(kind_of([] { require_deletable(claim(Status::rejected)); }) == ErrorKind::bad_data);
  }

  TEST_CASE("nobody approves their own claim") {
    CHECK(kind_of([] {
            check_approver(staff(2, people::Role::admin, 100'000), claim(Status::submitted, 2));
          }) == ErrorKind::not_permitted);
  }

  TEST_CASE("approvers need the finance, manager or admin role and a high enough limit") {
    auto c = claim(Status::submitted, 2, 5'000);
    CHECK_NOTHROW(check_approver(staff(3, people::Role::finance, 5'000), c));
    CHECK_NOTHROW(check_approver(staff(3, people::Role::manager, 10'000), c));
    CHECK(kind_of([&] { check_approver(staff(3, people::Role::caseworker, 100'000), c); }) ==
          ErrorKind::not_permitted);
    CHECK(kind_of([&] { check_approver(staff(3, people::Role::volunteer, 100'000), c); }) ==
          ErrorKind::not_permitted);
    CHECK(kind_of([&] { check_approver(staff(3, people::Role::finance, 4'999), c); }) ==
          ErrorKind::not_permitted);
  }

  TEST_CASE("passing 100% of a budget needs a manager's override") {
    auto c = claim(Status::submitted);
    Money budget = Money::from_pence(10'000);
    auto finance = staff(3, people::Role::finance, 100'000);
    auto manager = staff(4, people::Role::manager, 100'000);
    CHECK_NOTHROW(check_budget(finance, c, budget, Money::from_pence(10'000), false));
    CHECK(kind_of([&] { check_budget(finance, c, budget, Money::from_pence(10'001), false); }) ==
          ErrorKind::not_permitted);
    CHECK(kind_of([&] { check_budget(finance, c, budget, Money::from_pence(10'001), true); }) ==
          ErrorKind::not_permitted);
    CHECK(kind_of([&] { check_budget(manager, c, budget, Money::from_pence(10'001), false); }) ==
          ErrorKind::not_permitted);
    CHECK_NOTHROW(check_budget(manager, c, budget, Money::from_pence(10'001), true));
  }

  TEST_CASE("spending on a code with no budget needs the same override unless allowed") {
    auto c = claim(Status::submitted);
    auto finance = staff(3, people::Role::finance, 100'000);
    auto manager = staff(4, people::Role::manager, 100'000);
    const Money used = Money::from_pence(1'000);
    CHECK(kind_of([&] { check_budget(finance, c, std::nullopt, used, false); }) ==
          ErrorKind::not_permitted);
    CHECK(kind_of([&] { check_budget(finance, c, std::nullopt, used, true); }) ==
          ErrorKind::not_permitted);
    CHECK(kind_of([&] { check_budget(manager, c, std::nullopt, used, false); }) ==
          ErrorKind::not_permitted);
    CHECK_NOTHROW(check_budget(manager, c, std::nullopt, used, true));
    CHECK(needs_override(std::nullopt, used, true));
    SUBCASE("[expenses] require_budget = false lets finance approve it") {
      CHECK_NOTHROW(check_budget(finance, c, std::nullopt, used, false, false));
      CHECK_FALSE(needs_override(std::nullopt, used, false));
    }
  }

  TEST_CASE("amounts must be non-zero, within the sanity limit, and hold their VAT") {
    Money limit = Money::from_pence(500'000);
    CHECK_NOTHROW(check_amounts(Money::from_pence(500'000), Money::from_pence(100), limit));
    CHECK_NOTHROW(check_amounts(Money::from_pence(-2'000), Money(), limit));
    auto field_of = [&](Money amount, Money vat) {
      try {
        check_amounts(amount, vat, limit);
      } catch (const Error& e) {
        CHECK(e.kind() == ErrorKind::bad_data);
        return e.field();
      }
      return std::string("no error");
    };
    CHECK(field_of(Money(), Money()) == "amount");
    CHECK(field_of(Money::from_pence(500'001), Money()) == "amount");
    CHECK(field_of(Money::from_pence(-500'001), Money()) == "amount");
    CHECK(field_of(Money::from_pence(1'000), Money::from_pence(1'001)) == "vat");
  }

  TEST_CASE("dates after today are refused") {
    Date today = Date::parse_iso("2026-11-24", "t");
    CHECK_NOTHROW(check_not_future(today, today));
    CHECK(kind_of([&] { check_not_future(today.plus_days(1), today); }) == ErrorKind::bad_data);
  }

  TEST_CASE("categories come from the config, with near misses for a typo") {
    config::Expenses config;
    CHECK(find_category(config, "travel").budget == "TRAVEL");
    try {
      find_category(config, "travle");
      FAIL("expected an error");
    } catch (const Error& e) {
      CHECK(e.field() == "category");
      REQUIRE_FALSE(e.suggestions().empty());
      CHECK(e.suggestions().front() == "travel");
    }
  }

  TEST_CASE("budget codes are upper-cased and checked") {
    CHECK(budget_code("travel-26") == "TRAVEL-26");
    CHECK(kind_of([] { budget_code("two words"); }) == ErrorKind::bad_data);
    CHECK(kind_of([] { budget_code(""); }) == ErrorKind::bad_data);
  }
}
