#include "clerk/trail/checkpoint.hpp"

#include <doctest/doctest.h>

#include "clerk/core/error.hpp"

using namespace clerk;

TEST_SUITE("audit/checkpoint") {
  TEST_CASE("a checkpoint reads back what was written") {
    trail::Checkpoint cp{"abc123", 42, std::string(64, 'f'), "2026-11-24T09:00:00.000Z"};
    auto back = trail::parse_checkpoint(trail::format_checkpoint(cp), "cp.txt");
    CHECK(back.database_id == "abc123");
    CHECK(back.seq == 42);
    CHECK(back.hash == cp.hash);
    CHECK(back.ts_utc == cp.ts_utc);
  }

  TEST_CASE("a malformed checkpoint is refused naming its line") {
    struct Case {
      const char* text;
      int line;
    };
    for (auto c : {Case{"not a checkpoint\n", 1}, Case{"clerk audit checkpoint v1\nseq: x\n", 2},
                   Case{"clerk audit checkpoint v1\ndatabase: a\nhash: XYZ\n", 3},
                   Case{"clerk audit checkpoint v1\ncolour: blue\n", 2},
                   Case{"clerk audit checkpoint v1\nno colon here\n", 2}}) {
      CAPTURE(c.text);
      try {
        trail::parse_checkpoint(c.text, "cp.txt");
        FAIL("accepted");
      } catch (const Error& e) {
        CHECK(e.kind() == ErrorKind::bad_data);
        CHECK(e.line() == c.line);
      }
    }
  }

  TEST_CASE("a checkpoint missing a key is refused") {
    CHECK_THROWS_AS(trail::parse_checkpoint("clerk audit checkpoint v1\nseq: 3\n", "cp.txt"),
                    Error);
    CHECK_THROWS_AS(trail::parse_checkpoint("", "cp.txt"), Error);
  }
}
