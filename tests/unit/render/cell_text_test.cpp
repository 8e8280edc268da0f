#include "clerk/render/cell_text.hpp"

#include <doctest/doctest.h>

#include "clerk/core/error.hpp"

using namespace clerk;
using namespace clerk::render;

TEST_SUITE("render/cell_text") {
  TEST_CASE("money reads with a pound sign for people and plain for scripts") {
    std::string scratch;
    const Cell cell = Money::from_pence(123450);
    CHECK(human_text(cell, scratch) ==
          "\xC2\xA3"
          "1,234.50");
    CHECK(plain_text(cell, scratch) == "1234.50");
    CHECK(plain_text(Cell{Money::from_pence(-320)}, scratch) == "-3.20");
  }

  TEST_CASE("each kind of cell has one text for people and one for scripts") {
    std::string scratch;
    struct Case {
      Cell cell;
      std::string human;
      std::string plain;
    };
    const Case cases[] = {
        {std::monostate{}, "", ""},   {std::string("Ann"), "Ann", "Ann"},
        {int64_t{-42}, "-42", "-42"}, {*Date::from_ymd(2026, 4, 6), "2026-04-06", "2026-04-06"},
        {true, "yes", "true"},        {false, "no", "false"},
    };
    for (const auto& c : cases) {
      CAPTURE(c.human);
      CHECK(human_text(c.cell, scratch) == c.human);
      CHECK(plain_text(c.cell, scratch) == c.plain);
    }
  }

  TEST_CASE("control characters and malformed UTF-8 become U+FFFD when made printable") {
    std::string out;
    append_printable(out,
                     "a\x1b[31mb\xff"
                     "c\xC2\x9B"
                     "d\x7f",
                     Breaks::to_space);
    CHECK(out ==
          "a\xEF\xBF\xBD[31mb\xEF\xBF\xBD"
          "c\xEF\xBF\xBD"
          "d\xEF\xBF\xBD");
  }

  TEST_CASE("well-formed non-ASCII text is kept as it is") {
    std::string out;
    append_printable(out,
                     "\xC2\xA3"
                     "5 caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x99\x82",
                     Breaks::to_space);
    CHECK(out ==
          "\xC2\xA3"
          "5 caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x99\x82");
  }

  TEST_CASE("line breaks and tabs become spaces, or line breaks stay when kept") {
    std::string flat, kept;
    append_printable(flat, "a\r\nb\nc\rd\te", Breaks::to_space);
    append_printable(kept, "a\r\nb\nc\rd\te", Breaks::keep);
    CHECK(flat == "a b c d e");
    CHECK(kept == "a\nb\nc\nd e");
  }

  TEST_CASE("a row with the wrong number of cells is an internal error") {
    CHECK_NOTHROW(check_row_size(2, 2));
    try {
      check_row_size(3, 2);
      FAIL("expected an error");
    } catch (const Error& e) {
      CHECK(e.kind() == ErrorKind::internal);
    }
  }
}
