#include <doctest/doctest.h>

#include <sstream>

#include "clerk/render/writer.hpp"

using namespace clerk;
using namespace clerk::render;

namespace {

std::string csv(const Table& table, const Options& options = {}) {
  std::ostringstream out;
  write(table, Format::csv, out, options);
  return out.str();
}

Table one_text_column(std::string value) {
  return Table{{{"note", "Note", Kind::text}}, {{std::move(value)}}};
}

}  // namespace

TEST_SUITE("render/csv_writer") {
  TEST_CASE("the header is the column keys and every line ends in LF") {
    const Table table{
        {{"id", "ID", Kind::integer},
         {"claimant", "Claimant", Kind::text},
         {"amount", "Amount", Kind::money},
         {"spent_on", "Spent on", Kind::date},
         {"receipt", "Receipt", Kind::boolean}},
        {{int64_t{7}, std::string("Ann Jones"), Money::from_pence(123450),
          *Date::from_ymd(2026, 11, 22), true},
         {int64_t{8}, std::monostate{}, Money::from_pence(5), std::monostate{}, false}}};
    CHECK(csv(table) ==
          "id,claimant,amount,spent_on,receipt\n"
          "7,Ann Jones,1234.50,2026-11-22,true\n"
          "8,,0.05,,false\n");
  }

  TEST_CASE("a field with a comma, quote or line break is quoted and its quotes doubled") {
    struct Case {
      std::string value;
      std::string field;
    };
    const Case cases[] = {
        {"plain", "plain"},
        {"Smith, Ann", "\"Smith, Ann\""},
        {"the \"Mill\"", "\"the \"\"Mill\"\"\""},
        {"line one\nline two", "\"line one\nline two\""},
        {"cr\rhere", "\"cr\rhere\""},
        {"", ""},
    };
    for (const auto& c : cases) {
      CAPTURE(c.value);
      CHECK(csv(one_text_column(c.value)) == "note\n" + c.field + "\n");
    }
  }

  TEST_CASE("a text cell a spreadsheet would run as a formula gets a leading quote") {
    struct Case {
      std::string value;
      std::string field;
    };
    const Case cases[] = {
        {"=SUM(A1:A9)", "'=SUM(A1:A9)"},
        {"+44 20 7946 0000", "'+44 20 7946 0000"},
        {"-1+1", "'-1+1"},
        {"@cmd", "'@cmd"},
        {"\tTAB", "'\tTAB"},
        {"\rCR", "\"'\rCR\""},
        {"\nLF", "\"'\nLF\""},
        {"=HYPERLINK(\"x\",\"y\")", "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\""},
        {"a=b", "a=b"},
    };
    for (const auto& c : cases) {
      CAPTURE(c.value);
      CHECK(csv(one_text_column(c.value)) == "note\n" + c.field + "\n");
    }
  }

  TEST_CASE("a negative amount or number stays a number, not guarded text") {
    const Table table{{{"refund", "Refund", Kind::money}, {"delta", "Delta", Kind::integer}},
                      {{Money::from_pence(-320), int64_t{-5}}}};
    CHECK(csv(table) == "refund,delta\n-3.20,-5\n");
  }

  TEST_CASE("the byte-order mark comes first only when asked") {
    const Table table{{{"a", "A", Kind::text}}, {}};
    Options options;
    options.bom = true;
    CHECK(csv(table, options) ==
          "\xEF\xBB\xBF"
          "a\n");
    CHECK(csv(table) == "a\n");
  }

  TEST_CASE("rows are written as they come, before the writer finishes") {
    std::ostringstream out;
    auto writer = make_writer(Format::csv, {{"a", "A", Kind::integer}}, out, {});
    writer->row({int64_t{1}});
    CHECK(out.str() == "a\n1\n");
    writer->finish();
    CHECK(out.str() == "a\n1\n");
  }

  TEST_CASE("a record is the header and one row") {
    std::ostringstream out;
    write_record({{"id", "ID", Kind::integer}, {"name", "Name", Kind::text}},
                 {int64_t{3}, std::string("Ann")}, Format::csv, out, {});
    CHECK(out.str() == "id,name\n3,Ann\n");
  }
}
