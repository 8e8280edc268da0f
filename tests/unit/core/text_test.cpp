#include "clerk/core/text.hpp"

#include <string>
#include <vector>

#include <doctest/doctest.h>

namespace text = clerk::text;
using Strings = std::vector<std::string>;

TEST_SUITE("text") {
  TEST_CASE("trim removes blanks and line ends at both ends only") {
    CHECK(text::trim("  a b \t\r\n") == "a b");
    CHECK(text::trim("") == "");
    CHECK(text::trim(" \t ") == "");
    CHECK(text::trim("x") == "x");
  }

  TEST_CASE("lower folds ASCII letters and leaves other bytes alone") {
    CHECK(text::lower("Hello WORLD 42") == "hello world 42");
    CHECK(text::lower("£ÉCOLE") == "£École");
  }

  TEST_CASE("split keeps empty fields and join reverses it") {
    CHECK(text::split("a,b,,c", ',') == Strings{"a", "b", "", "c"});
    CHECK(text::split("", ',') == Strings{""});
    CHECK(text::split(",", ',') == Strings{"", ""});
    CHECK(text::join({"a", "b", "", "c"}, ",") == "a,b,,c");
    CHECK(text::join({}, ", ") == "");
    CHECK(text::join({"x"}, ", ") == "x");
  }

  TEST_CASE("valid_utf8 accepts well-formed text and rejects malformed bytes") {
    struct Case {
      std::string bytes;
      bool valid;
    };
    const Case cases[] = {
        {"plain ascii", true},
        {"\xC2\xA3"
         "5",
         true},                      // £
        {"\xE2\x80\x99", true},      // ’
        {"\xF0\x9F\x98\x80", true},  // U+1F600
        {"\xF4\x8F\xBF\xBF", true},  // U+10FFFF
        {"", true},
        {"\x80", false},              // stray continuation byte
        {"\xC2", false},              // truncated
        {"\xE2\x80", false},          // truncated
        {"\xC0\xAF", false},          // overlong '/'
        {"\xE0\x80\xAF", false},      // overlong
        {"\xED\xA0\x80", false},      // surrogate U+D800
        {"\xF4\x90\x80\x80", false},  // past U+10FFFF
        {"\xFF", false},
        {"\xC2\x41", false},  // continuation missing
    };
    for (const auto& c : cases) {
      CAPTURE(c.bytes);
      CHECK(text::valid_utf8(c.bytes) == c.valid);
    }
  }

  TEST_CASE("display_width counts the columns a terminal gives each character") {
    CHECK(text::display_width("abc") == 3);
    CHECK(text::display_width("£1,234.50") == 9);
    CHECK(text::display_width("St Andrew\xE2\x80\x99s Day") == 15);
    CHECK(text::display_width("") == 0);
    // A combining accent takes none: "e" + U+0301 is one column, as "é" is.
    CHECK(text::display_width("Sio\xCC\x82n") == 4);
    CHECK(text::display_width("Si\xC3\xB4n") == 4);
    // A wide character or an emoji takes two.
    CHECK(text::display_width("\xE6\x9D\xB1\xE4\xBA\xAC") == 4);  // 東京
    CHECK(text::display_width("ok \xF0\x9F\x91\x8D") == 5);       // ok 👍
    // A malformed byte is shown as one U+FFFD.
    CHECK(text::display_width("a\xFF"
                              "b") == 3);
  }

  TEST_CASE("prefix_columns never splits a wide character or strands a combining accent") {
    CHECK(text::prefix_columns("abcdef", 3) == "abc");
    CHECK(text::prefix_columns("\xE6\x9D\xB1\xE4\xBA\xAC", 3) == "\xE6\x9D\xB1");
    CHECK(text::prefix_columns("Sio\xCC\x82n", 3) == "Sio\xCC\x82");
    CHECK(text::prefix_columns("abc", 10) == "abc");
  }

  TEST_CASE("edit_distance counts insertions, deletions, substitutions and swaps") {
    CHECK(text::edit_distance("kitten", "sitting") == 3);
    CHECK(text::edit_distance("hgih", "high") == 1);
    CHECK(text::edit_distance("lsit", "list") == 1);
    CHECK(text::edit_distance("ca", "abc") == 3);  // no letter is swapped twice
    CHECK(text::edit_distance("", "abc") == 3);
    CHECK(text::edit_distance("abc", "") == 3);
    CHECK(text::edit_distance("same", "same") == 0);
  }

  TEST_CASE("near_misses suggests close words and prefixes, nearest first") {
    const Strings words = {"housing", "benefits", "planning", "tomorrow", "today"};
    CHECK(text::near_misses("tomorow", words) == Strings{"tomorrow"});
    CHECK(text::near_misses("hous", words) == Strings{"housing"});
    CHECK(text::near_misses("PLANING", words) == Strings{"planning"});
    CHECK(text::near_misses("zzzzzz", words).empty());
    CHECK(text::near_misses("to", words, 1).size() == 1);
  }
}
