#include "clerk/render/table.hpp"

#include <doctest/doctest.h>

using clerk::render::Format;

TEST_SUITE("render/table") {
  TEST_CASE("every format name parses back to its format") {
    const auto& names = clerk::render::format_names();
    REQUIRE(names.size() == 8);
    for (const auto& name : names) {
      CAPTURE(name);
      const auto format = clerk::render::parse_format(name);
      REQUIRE(format.has_value());
      CHECK(clerk::render::format_name(*format) == name);
    }
    CHECK(clerk::render::parse_format("jsonl") == Format::jsonl);
    CHECK(clerk::render::parse_format("md") == Format::md);
  }

  TEST_CASE("a name that is not a format is refused") {
    CHECK_FALSE(clerk::render::parse_format("xml").has_value());
    CHECK_FALSE(clerk::render::parse_format("").has_value());
    CHECK_FALSE(clerk::render::parse_format("CSV").has_value());
  }
}
