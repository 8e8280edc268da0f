#include <doctest/doctest.h>

#include <sstream>

#include "clerk/render/writer.hpp"

using namespace clerk;
using namespace clerk::render;

namespace {

std::string tsv(const Table& table, const Options& options = {}) {
  std::ostringstream out;
  write(table, Format::tsv, out, options);
  return out.str();
}

}  // namespace

TEST_SUITE("render/tsv_writer") {
  TEST_CASE("the header is the column keys, cells are tab separated and lines end in LF") {
    const Table table{{{"id", "ID", Kind::integer},
                       {"amount", "Amount", Kind::money},
                       {"paid", "Paid", Kind::boolean},
                       {"on", "On", Kind::date},
                       {"note", "Note", Kind::text}},
                      {{int64_t{1}, Money::from_pence(-320), false, *Date::from_ymd(2026, 4, 1),
                        std::monostate{}}}};
    CHECK(tsv(table) == "id\tamount\tpaid\ton\tnote\n1\t-3.20\tfalse\t2026-04-01\t\n");
  }

  TEST_CASE("tabs, line breaks and backslashes inside a cell are escaped") {
    const Table table{{{"note", "Note", Kind::text}}, {{std::string("a\tb\nc\rd\\e")}}};
    CHECK(tsv(table) == "note\na\\tb\\nc\\rd\\\\e\n");
  }

  TEST_CASE("a text cell a spreadsheet would run as a formula gets a leading quote, as in CSV") {
    struct Case {
      const char* in;
      const char* out;
    };
    for (auto [in, out] : {
             Case{"=HYPERLINK(\"http://x.example/\",\"y\")",
                  "'=HYPERLINK(\"http://x.example/\",\"y\")"},
             Case{"@SUM(A1:A9)", "'@SUM(A1:A9)"},
             Case{"-2+3", "'-2+3"},
             Case{"+44 7700 900123", "'+44 7700 900123"},
             Case{"\tx", "'\\tx"},
             Case{"plain = text", "plain = text"},
         }) {
      CAPTURE(in);
      const Table table{{{"note", "Note", Kind::text}}, {{std::string(in)}}};
      CHECK(tsv(table) == std::string("note\n") + out + "\n");
    }
  }

  TEST_CASE("numbers and money in their own columns keep their sign") {
    const Table table{{{"n", "N", Kind::integer}, {"amount", "Amount", Kind::money}},
                      {{int64_t{-2}, Money::from_pence(-320)}}};
    CHECK(tsv(table) == "n\tamount\n-2\t-3.20\n");
  }

  TEST_CASE("the byte-order mark comes first when asked") {
    Options options;
    options.bom = true;
    CHECK(tsv(Table{{{"a", "A", Kind::text}}, {}}, options) ==
          "\xEF\xBB\xBF"
          "a\n");
  }
}
