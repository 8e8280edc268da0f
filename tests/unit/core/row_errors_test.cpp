#include "clerk/core/row_errors.hpp"

#include <doctest/doctest.h>

#include "clerk/core/error.hpp"
#include "clerk/core/money.hpp"

using namespace clerk;

TEST_SUITE("row_errors") {
  TEST_CASE("collects each bad row's error and refuses them all at once") {
    RowErrors errors("in.csv");
    errors.check(2, [] { Money::parse("1.234", "amount"); });
    errors.check(3, [] { Money::parse("12", "amount"); });
    errors.add(5, "date", "missing");
    CHECK(errors.count() == 2);
    try {
      errors.throw_if_any();
      FAIL("expected an error");
    } catch (const Error& e) {
      CHECK(e.kind() == ErrorKind::bad_data);
      CHECK(e.source() == "in.csv");
      std::string what = e.what();
      CHECK(what.find("line 2, amount:") != std::string::npos);
      CHECK(what.find("line 5, date: missing") != std::string::npos);
    }
  }

  TEST_CASE("lists the first rows and counts the rest") {
    RowErrors errors("big.csv");
    for (int i = 0; i < 25; ++i) errors.add(i + 2, "x", "bad");
    try {
      errors.throw_if_any();
    } catch (const Error& e) {
      CHECK(std::string(e.what()).find("... and 5 more") != std::string::npos);
    }
  }

  TEST_CASE("does nothing when every row was good") {
    CHECK_NOTHROW(RowErrors("ok").throw_if_any());
  }

  TEST_CASE("errors other than bad data are not swallowed") {
    RowErrors errors("x");
    CHECK_THROWS_AS(errors.check(1, [] { throw Error(ErrorKind::io, "disk"); }), Error);
  }
}
