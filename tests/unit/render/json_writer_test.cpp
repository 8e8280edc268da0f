#include <doctest/doctest.h>

#include <sstream>

#include "clerk/core/text.hpp"
#include "clerk/render/writer.hpp"

using namespace clerk;
using namespace clerk::render;

namespace {

std::string rendered(const Table& table, Format format) {
  std::ostringstream out;
  write(table, format, out, {});
  return out.str();
}

const std::vector<Column> kClaimColumns = {{"id", "ID", Kind::integer},
                                           {"claimant", "Claimant", Kind::text},
                                           {"amount", "Amount", Kind::money},
                                           {"spent_on", "Spent on", Kind::date},
                                           {"receipt", "Receipt", Kind::boolean}};

Table claims() {
  return Table{kClaimColumns,
               {{int64_t{7}, std::string("Ann"), Money::from_pence(123450),
                 *Date::from_ymd(2026, 11, 22), true},
                {int64_t{8}, std::monostate{}, Money::from_pence(-320), std::monostate{}, false}}};
}

std::string one_string(std::string value) {
  return rendered(Table{{{"s", "S", Kind::text}}, {{std::move(value)}}}, Format::jsonl);
}

}  // namespace

TEST_SUITE("render/json_writer") {
  TEST_CASE("json is an array with one object a line, money in pence and empty cells null") {
    CHECK(rendered(claims(), Format::json) ==
          "[\n"
          "  {\"id\": 7, \"claimant\": \"Ann\", \"amount_pence\": 123450, "
          "\"spent_on\": \"2026-11-22\", \"receipt\": true},\n"
          "  {\"id\": 8, \"claimant\": null, \"amount_pence\": -320, \"spent_on\": null, "
          "\"receipt\": false}\n"
          "]\n");
  }

  TEST_CASE("an empty result is an empty array") {
    CHECK(rendered(Table{kClaimColumns, {}}, Format::json) == "[]\n");
  }

  TEST_CASE("jsonl is one compact object a line") {
    CHECK(rendered(claims(), Format::jsonl) ==
          "{\"id\":7,\"claimant\":\"Ann\",\"amount_pence\":123450,\"spent_on\":\"2026-11-22\","
          "\"receipt\":true}\n"
          "{\"id\":8,\"claimant\":null,\"amount_pence\":-320,\"spent_on\":null,"
          "\"receipt\":false}\n");
    CHECK(rendered(Table{kClaimColumns, {}}, Format::jsonl).empty());
  }

  TEST_CASE("quotes, backslashes and control characters in strings are escaped") {
    CHECK(one_string("say \"hi\" \\ bye") == "{\"s\":\"say \\\"hi\\\" \\\\ bye\"}\n");
    CHECK(one_string("a\nb\rc\td") == "{\"s\":\"a\\nb\\rc\\td\"}\n");
    CHECK(one_string(std::string("nul\0bell\x07"
                                 "esc\x1b"
                                 "del\x7f",
                                 17)) == "{\"s\":\"nul\\u0000bell\\u0007esc\\u001bdel\\u007f\"}\n");
  }

  TEST_CASE("malformed UTF-8 becomes U+FFFD, so the output is always valid UTF-8") {
    struct Case {
      std::string input;
      std::string shown;
    };
    const Case cases[] = {
        {"caf\xC3\xA9", "caf\xC3\xA9"},            // well formed: kept
        {"\xF0\x9F\x99\x82", "\xF0\x9F\x99\x82"},  // four bytes: kept
        {"a\xff"
         "b",
         "a\xEF\xBF\xBD"
         "b"},                                                     // never valid
        {"\xC0\xAF", "\xEF\xBF\xBD\xEF\xBF\xBD"},                  // overlong '/'
        {"\xED\xA0\x80", "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"},  // surrogate
        {"end\xE2\x82", "end\xEF\xBF\xBD\xEF\xBF\xBD"},            // cut short
    };
    for (const auto& c : cases) {
      CAPTURE(c.input);
      const auto out = one_string(c.input);
      CHECK(out == "{\"s\":\"" + c.shown + "\"}\n");
      CHECK(text::valid_utf8(out));
    }
  }

  TEST_CASE("keys are escaped like any string") {
    CHECK(rendered(Table{{{"a\"b", "A", Kind::integer}}, {{int64_t{1}}}}, Format::jsonl) ==
          "{\"a\\\"b\":1}\n");
  }

  TEST_CASE("a record is one object, not an array") {
    std::ostringstream out;
    write_record(kClaimColumns, claims().rows[0], Format::json, out, {});
    CHECK(out.str() ==
          "{\n"
          "  \"id\": 7,\n"
          "  \"claimant\": \"Ann\",\n"
          "  \"amount_pence\": 123450,\n"
          "  \"spent_on\": \"2026-11-22\",\n"
          "  \"receipt\": true\n"
          "}\n");
  }

  TEST_CASE("a record in jsonl is one line") {
    std::ostringstream out;
    write_record({{"id", "ID", Kind::integer}}, {int64_t{3}}, Format::jsonl, out, {});
    CHECK(out.str() == "{\"id\":3}\n");
  }

  TEST_CASE("rows are written as they come, the closing bracket at finish") {
    std::ostringstream out;
    auto writer = make_writer(Format::json, {{"n", "N", Kind::integer}}, out, {});
    writer->row({int64_t{1}});
    CHECK(out.str() == "[\n  {\"n\": 1}");
    writer->finish();
    CHECK(out.str() == "[\n  {\"n\": 1}\n]\n");
  }
}
