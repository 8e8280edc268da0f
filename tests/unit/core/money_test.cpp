#include "clerk/core/money.hpp"

#include <cstdint>
#include <limits>
#include <optional>

#include <doctest/doctest.h>

#include "clerk/core/error.hpp"

using clerk::Error;
using clerk::ErrorKind;
using clerk::Money;

namespace {

std::optional<Error> parse_error(const char* text, bool allow_negative = false) {
  try {
    Money::parse(text, "amount", allow_negative);
  } catch (const Error& e) {
    return e;
  }
  return std::nullopt;
}

}  // namespace

TEST_SUITE("money") {
  TEST_CASE("amounts people type are read as whole pence") {
    struct Case {
      const char* text;
      int64_t pence;
    };
    const Case cases[] = {
        {"12", 1200},      {"12.5", 1250},
        {"12.50", 1250},   {"£1,234.50", 123450},
        {"1,234", 123400}, {"1234567.89", 123456789},
        {"0.01", 1},       {" 7.00\t", 700},
        {"£12", 1200},     {"1,234,567", 123456700},
        {"-0", 0},         {"0", 0},
    };
    for (const auto& c : cases) {
      CAPTURE(c.text);
      CHECK(Money::parse(c.text, "amount").pence() == c.pence);
    }
  }

  TEST_CASE("a leading minus is accepted only where negative amounts are allowed") {
    CHECK(Money::parse("-5", "amount", true).pence() == -500);
    CHECK(Money::parse("-£3.20", "amount", true).pence() == -320);
    auto e = parse_error("-5");
    REQUIRE(e);
    CHECK(e->kind() == ErrorKind::bad_data);
    CHECK(e->field() == "amount");
  }

  TEST_CASE("malformed amounts are refused naming the field") {
    const char* cases[] = {"1.234",  "abc",   "1e9",  "NaN", "99999999999999999999",
                           "1,23",   "",      "£",    "12.", ".5",
                           "1,2345", ",123",  "1..2", "+5",  "£-5",
                           "5p",     "1 000", "0x10"};
    for (const char* text : cases) {
      CAPTURE(text);
      auto e = parse_error(text, true);
      REQUIRE(e);
      CHECK(e->kind() == ErrorKind::bad_data);
      CHECK(e->field() == "amount");
    }
  }

  TEST_CASE("display groups thousands with a pound sign and plain has neither") {
    struct Case {
      int64_t pence;
      const char* display;
      const char* plain;
    };
    const Case cases[] = {
        {123450, "£1,234.50", "1234.50"},
        {0, "£0.00", "0.00"},
        {5, "£0.05", "0.05"},
        {-320, "-£3.20", "-3.20"},
        {100000000, "£1,000,000.00", "1000000.00"},
        {std::numeric_limits<int64_t>::min(), "-£92,233,720,368,547,758.08",
         "-92233720368547758.08"},
    };
    for (const auto& c : cases) {
      CAPTURE(c.pence);
      CHECK(Money::from_pence(c.pence).display() == c.display);
      CHECK(Money::from_pence(c.pence).plain() == c.plain);
    }
  }

  TEST_CASE("plain text round-trips through parse") {
    Money m = Money::from_pence(987654321);
    CHECK(Money::parse(m.plain(), "amount") == m);
    CHECK(Money::parse(m.display(), "amount") == m);
  }

  TEST_CASE("arithmetic is exact and refuses to overflow") {
    Money a = Money::from_pence(1050);
    CHECK((a + Money::from_pence(25)).pence() == 1075);
    CHECK((a - Money::from_pence(2000)).pence() == -950);
    CHECK((a * 3).pence() == 3150);
    Money total;
    total += a;
    total += a;
    CHECK(total.pence() == 2100);
    CHECK(Money::from_pence(1) < a);

    Money max = Money::from_pence(std::numeric_limits<int64_t>::max());
    Money min = Money::from_pence(std::numeric_limits<int64_t>::min());
    auto overflow = [](auto op) -> std::optional<ErrorKind> {
      try {
        op();
      } catch (const Error& e) {
        return e.kind();
      }
      return std::nullopt;
    };
    SUBCASE("addition") {
      CHECK(overflow([&] { max + Money::from_pence(1); }) == ErrorKind::bad_data);
    }
    SUBCASE("subtraction") {
      CHECK(overflow([&] { min - Money::from_pence(1); }) == ErrorKind::bad_data);
    }
    SUBCASE("multiplication") {
      CHECK(overflow([&] { max * 2; }) == ErrorKind::bad_data);
    }
  }
}
