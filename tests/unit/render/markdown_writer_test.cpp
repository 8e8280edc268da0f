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

std::string md(const Table& table, const Options& options = {}) {
  std::ostringstream out;
  write(table, Format::md, out, options);
  return out.str();
}

}  // namespace

TEST_SUITE("render/markdown_writer") {
  TEST_CASE("a table has labels for headers and numbers aligned right") {
    const Table table{kColumns,
                      {{int64_t{7}, std::string("Ann"), Money::from_pence(123450), true},
                       {int64_t{8}, std::monostate{}, Money::from_pence(-320), false}}};
    CHECK(md(table) ==
          "| ID | Claimant | Amount | Receipt |\n"
          "| ---: | --- | ---: | --- |\n"
          "| 7 | Ann | \xC2\xA3"
          "1,234.50 | yes |\n"
          "| 8 |  | -\xC2\xA3"
          "3.20 | no |\n");
  }

  TEST_CASE("the title is a level-one heading and the marking opens and closes the page") {
    Options options;
    options.title = "Claims";
    options.subtitle = "November 2026";
    options.marking = "OFFICIAL";
    CHECK(md(Table{{{"a", "A", Kind::text}}, {{std::string("x")}}}, options) ==
          "**OFFICIAL**\n\n# Claims\n\nNovember 2026\n\n"
          "| A |\n| --- |\n| x |\n\n**OFFICIAL**\n");
  }

  TEST_CASE("pipes and line breaks in a cell cannot break the table") {
    const Table table{{{"note", "Note | text", Kind::text}}, {{std::string("a|b\nc\r\nd")}}};
    CHECK(md(table) == "| Note \\| text |\n| --- |\n| a\\|b<br>c<br>d |\n");
  }

  TEST_CASE("a record is a two-column Field and Value table") {
    std::ostringstream out;
    write_record(kColumns, {int64_t{7}, std::string("Ann"), Money::from_pence(500), false},
                 Format::md, out, {});
    CHECK(out.str() ==
          "| Field | Value |\n| --- | --- |\n| ID | 7 |\n| Claimant | Ann |\n"
          "| Amount | \xC2\xA3"
          "5.00 |\n| Receipt | no |\n");
  }
}
