#include "clerk/casework/case.hpp"

#include <doctest/doctest.h>

#include "clerk/core/error.hpp"

using namespace clerk;
using namespace clerk::casework;

TEST_SUITE("case") {
  TEST_CASE("references are C-year-sequence, padded to five digits, read back loosely") {
    CHECK(format_ref(2026, 42) == "C-2026-00042");
    CHECK(parse_ref("C-2026-00042") == std::pair{2026, 42});
    CHECK(parse_ref("c-2026-42") == std::pair{2026, 42});
    for (const char* bad : {"42", "C-26-1", "C-2026-", "C-2026-0", "X-2026-00001", "C-2026-12a"}) {
      CAPTURE(bad);
      CHECK_FALSE(parse_ref(bad));
    }
  }

  TEST_CASE("the status machine allows only its moves") {
    CHECK(allowed(Status::open, Move::wait));
    CHECK(allowed(Status::open, Move::escalate));
    CHECK(allowed(Status::open, Move::close));
    CHECK_FALSE(allowed(Status::open, Move::reopen));
    CHECK(allowed(Status::awaiting, Move::reply));
    CHECK(allowed(Status::escalated, Move::close));
    CHECK_FALSE(allowed(Status::escalated, Move::escalate));
    CHECK(allowed(Status::closed, Move::reopen));
    CHECK_FALSE(allowed(Status::closed, Move::close));
    CHECK(allowed(Status::reopened, Move::close));
    CHECK(allowed_moves(Status::closed) == "reopen");
    CHECK(allowed_moves(Status::open) == "wait, escalate, close");
  }

  TEST_CASE("an illegal move names the case, its status and the allowed moves") {
    Case c;
    c.ref = "C-2026-00001";
    c.status = Status::closed;
    try {
      require_move(c, Move::wait);
      FAIL("expected an error");
    } catch (const Error& e) {
      CHECK(e.kind() == ErrorKind::bad_data);
      CHECK(e.record() == "C-2026-00001");
      CHECK(std::string(e.what()) == "cannot wait a case that is closed; allowed: reopen");
    }
  }

  TEST_CASE("words parse to their values and unknown words are refused with the field") {
    CHECK(parse_word<Channel>("face-to-face") == Channel::face_to_face);
    CHECK(parse_word<Outcome>("no-further-action") == Outcome::no_further_action);
    CHECK(parse_word<Marking>("OFFICIAL-SENSITIVE") == Marking::official_sensitive);
    try {
      parse_word<CaseType>("complain");
      FAIL("expected an error");
    } catch (const Error& e) {
      CHECK(e.field() == "type");
      CHECK(e.suggestions() == std::vector<std::string>{"complaint"});
    }
  }

  TEST_CASE("only FOI and SAR clocks stop") {
    CHECK(has_clock_stops(CaseType::foi));
    CHECK(has_clock_stops(CaseType::sar));
    CHECK_FALSE(has_clock_stops(CaseType::complaint));
  }
}
