#include "clerk/render/table.hpp"

#include <doctest/doctest.h>

using clerk::render::Format;

TEST_SUITE("render/table") {
  TEST_CASE("every format name parses back to its format") {
    const auto& names = clerk::words<Format>();
    REQUIRE(names.size() == 8);
    for (const auto& name : names) {
      CAPTURE(name);
      const auto format = clerk::find_word<Format>(name);
      REQUIRE(format.has_value());
      CHECK(clerk::word(*format) == name);
    }
    CHECK(clerk::find_word<Format>("jsonl") == Format::jsonl);
    CHECK(clerk::find_word<Format>("md") == Format::md);
  }

  TEST_CASE("a name that is not a format is refused") {
    CHECK_FALSE(clerk::find_word<Format>("xml").has_value());
    CHECK_FALSE(clerk::find_word<Format>("").has_value());
    // Words are read trimmed and in any case (core/word_enum), as every enumeration reads them.
    CHECK(clerk::find_word<Format>(" CSV") == Format::csv);
  }
}
