#include "clerk/core/snippet.hpp"

#include <doctest/doctest.h>

#include <string>

using clerk::snippet;

namespace {
// Marks each [..] of a readable test string with the database's match markers.
std::string marked(std::string s) {
  for (char& c : s) {
    if (c == '[') c = clerk::kMatchStart;
    if (c == ']') c = clerk::kMatchEnd;
  }
  return s;
}
}  // namespace

TEST_CASE("a short text is shown whole, its matches bracketed") {
  CHECK(snippet(marked("Jobcentre says the [damp] flat made him miss appointments"), 10) ==
        "Jobcentre says the [damp] flat made him miss appointments");
  CHECK(snippet(marked("Caretaker reports leaking [roofs]."), 10) ==
        "Caretaker reports leaking [roofs].");
}

TEST_CASE("a long text is cut to the words around its matches, the cuts marked") {
  CHECK(snippet(marked("C-2026-00001 [Damp] and mould in flat Mrs Siobhán O'Brien"), 10) ==
        "C-2026-00001 [Damp] and mould in flat Mrs Siobhán…");
  CHECK(snippet(marked("one two three four five six seven eight [nine] ten eleven twelve thirteen"),
                5) == "…seven eight [nine] ten eleven…");
  // The window holding the most matches wins over centring a single one.
  CHECK(snippet(marked("[a] b c d e f [g] h [i] j"), 4) == "…f [g] h [i]…");
}

TEST_CASE("neighbouring matched words share brackets, however the database marked them") {
  CHECK(snippet(marked("4 Ninian Road, Cardiff [CF23] [5EF]"), 10) ==
        "4 Ninian Road, Cardiff [CF23 5EF]");
  CHECK(snippet(marked("4 Ninian Road, Cardiff [CF23 5EF]"), 10) ==
        "4 Ninian Road, Cardiff [CF23 5EF]");
  CHECK(snippet(marked("Mrs [Siobhán] [O]'[Brien]"), 10) == "Mrs [Siobhán O'Brien]");
}

TEST_CASE("text with no words gives an empty snippet") {
  CHECK(snippet("", 10).empty());
  CHECK(snippet(marked("-- , ."), 10).empty());
}
