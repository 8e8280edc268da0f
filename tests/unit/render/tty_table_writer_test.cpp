#include <doctest/doctest.h>

#include <sstream>

#include "clerk/render/writer.hpp"

using namespace clerk;
using namespace clerk::render;

namespace {

const std::vector<Column> kColumns = {{"id", "ID", Kind::integer},
                                      {"claimant", "Claimant", Kind::text},
                                      {"amount", "Amount", Kind::money},
                                      {"receipt", "Receipt", Kind::boolean}};

Table claims() {
  return Table{kColumns,
               {{int64_t{7}, std::string("Ann Jones"), Money::from_pence(123450), true},
                {int64_t{12}, std::string("Bob"), Money::from_pence(-320), false}}};
}

std::string table(const Table& t, const Options& options = {}) {
  std::ostringstream out;
  write(t, Format::table, out, options);
  return out.str();
}

}  // namespace

TEST_SUITE("render/tty_table_writer") {
  TEST_CASE("columns line up under a header and a rule, numbers and money on the right") {
    CHECK(table(claims()) ==
          "ID  Claimant      Amount  Receipt\n"
          "──  ─────────  ─────────  ───────\n"
          " 7  Ann Jones  £1,234.50  yes\n"
          "12  Bob           -£3.20  no\n");
  }

  TEST_CASE("a table wider than the terminal wraps its free text and never cuts a value") {
    Options options;
    options.width = 32;
    CHECK(table(claims(), options) ==
          "ID  Claimant     Amount  Receipt\n"
          "──  ────────  ─────────  ───────\n"
          " 7  Ann       £1,234.50  yes\n"
          "    Jones\n"
          "12  Bob          -£3.20  no\n");
  }

  TEST_CASE("a reference is never cut: free text wraps, then droppable columns go, named") {
    const Table cases{{{"ref", "Reference", Kind::text},
                       {"subject", "Subject", Kind::text},
                       {"category", "Category", Kind::text, 1}},
                      {{std::string("C-2026-00042"), std::string("Damp and mould in the flat"),
                        std::string("housing")}}};
    Options options;
    options.width = 40;
    CHECK(table(cases, options) ==
          "Reference     Subject           Category\n"
          "────────────  ────────────────  ────────\n"
          "C-2026-00042  Damp and mould    housing\n"
          "              in the flat\n");
    options.width = 30;
    CHECK(table(cases, options) ==
          "Reference     Subject\n"
          "────────────  ────────────────\n"
          "C-2026-00042  Damp and mould\n"
          "              in the flat\n"
          "Not shown, to fit the\n"
          "terminal: Category (--format\n"
          "csv or json gives every\n"
          "column).\n");
  }

  TEST_CASE("a table that fits is not changed by a width") {
    Options options;
    options.width = 33;
    CHECK(table(claims(), options) == table(claims()));
  }

  TEST_CASE("an empty table prints its header and rule") {
    CHECK(table(Table{kColumns, {}}) ==
          "ID  Claimant  Amount  Receipt\n"
          "──  ────────  ──────  ───────\n");
  }

  TEST_CASE("colour makes the header bold and the rule dim, and only when asked") {
    Options options;
    options.color = true;
    const Table t{{{"n", "N", Kind::integer}}, {{int64_t{1}}}};
    CHECK(table(t, options) == "\x1b[1mN\x1b[0m\n\x1b[2m─\x1b[0m\n1\n");
    CHECK(table(t).find('\x1b') == std::string::npos);
  }

  TEST_CASE("line breaks and terminal escapes in a cell cannot break the layout") {
    const Table t{{{"note", "Note", Kind::text}, {"n", "N", Kind::integer}},
                  {{std::string("two\nlines\x1b[2J"), int64_t{1}}}};
    CHECK(table(t) ==
          "Note           N\n"
          "─────────────  ─\n"
          "two lines\xEF\xBF\xBD[2J  1\n");
  }

  TEST_CASE("a record is label and value lines, labels padded to the longest") {
    std::ostringstream out;
    write_record(kColumns, claims().rows[0], Format::table, out, {});
    CHECK(out.str() ==
          "ID        7\n"
          "Claimant  Ann Jones\n"
          "Amount    £1,234.50\n"
          "Receipt   yes\n");
  }

  TEST_CASE("a long record value wraps under itself within the width") {
    Options options;
    options.width = 30;
    std::ostringstream out;
    write_record({{"id", "ID", Kind::integer}, {"note", "Note", Kind::text}},
                 {int64_t{7}, std::string("The quick brown fox jumps over the lazy dog")},
                 Format::table, out, options);
    CHECK(out.str() ==
          "ID    7\n"
          "Note  The quick brown fox\n"
          "      jumps over the lazy dog\n");
  }

  TEST_CASE("a record value keeps its own line breaks") {
    std::ostringstream out;
    write_record({{"note", "Note", Kind::text}, {"by", "By", Kind::text}},
                 {std::string("first\nsecond"), std::monostate{}}, Format::table, out, {});
    CHECK(out.str() == "Note  first\n      second\nBy\n");
  }
}
