#include "clerk/core/json.hpp"

#include <optional>
#include <string>

#include <doctest/doctest.h>

#include "clerk/core/error.hpp"

using clerk::Error;
using clerk::ErrorKind;
namespace json = clerk::json;

namespace {

std::optional<Error> parse_error(std::string_view text) {
  try {
    json::parse(text, "input.json");
  } catch (const Error& e) {
    return e;
  }
  return std::nullopt;
}

std::string string_of(std::string_view text) { return json::parse(text, "t").string(); }

std::string number_of(std::string_view text) {
  return std::get<json::Value::Number>(json::parse(text, "t").data).text;
}

}  // namespace

TEST_SUITE("json") {
  TEST_CASE("objects keep members in document order with the line each value starts on") {
    json::Value v =
        json::parse("{\n  \"b\": 1,\n  \"a\": [true, false, null],\n  \"c\": {}\n}", "t");
    REQUIRE(v.is_object());
    CHECK(v.line == 1);
    const json::Object& members = v.object();
    REQUIRE(members.size() == 3);
    CHECK(members[0].first == "b");
    CHECK(members[1].first == "a");
    CHECK(members[2].first == "c");
    CHECK(members[1].second.line == 3);

    const json::Array& a = v.find("a")->array();
    REQUIRE(a.size() == 3);
    CHECK(std::get<bool>(a[0].data) == true);
    CHECK(std::get<bool>(a[1].data) == false);
    CHECK(a[2].is_null());
    CHECK(v.find("c")->object().empty());
    CHECK(v.find("missing") == nullptr);
  }

  TEST_CASE("any value may stand alone as a document, surrounded by blanks") {
    CHECK(json::parse(" \t\r\n null \n", "t").is_null());
    CHECK(string_of("\"x\"") == "x");
    CHECK(json::parse("[]", "t").array().empty());
    CHECK(number_of("  42  ") == "42");
  }

  TEST_CASE("numbers keep their exact source text") {
    const char* cases[] = {"0",   "-0",   "42",   "-17",    "3.25",
                           "1e9", "1E+2", "2e-3", "-0.5e7", "123456789012345678901234567890"};
    for (const char* text : cases) {
      CAPTURE(text);
      CHECK(number_of(text) == text);
    }
  }

  TEST_CASE("string escapes decode to UTF-8") {
    struct Case {
      const char* json;
      std::string decoded;
    };
    const Case cases[] = {
        {R"("a\"b")", "a\"b"},
        {R"("\\ \/ \b \f \n \r \t")", "\\ / \b \f \n \r \t"},
        {R"("\u0041")", "A"},
        {R"("\u00a3")", "\xC2\xA3"},
        {R"("\u2019")", "\xE2\x80\x99"},
        {R"("\uD83D\uDE00")", "\xF0\x9F\x98\x80"},
        {R"("\udbff\udfff")", "\xF4\x8F\xBF\xBF"},
        {"\"New Year\xE2\x80\x99s Day\"", "New Year\xE2\x80\x99s Day"},
        {R"("")", ""},
    };
    for (const auto& c : cases) {
      CAPTURE(c.json);
      CHECK(string_of(c.json) == c.decoded);
    }
    CHECK(string_of(R"("a\u0000b")") == std::string("a\0b", 3));
  }

  TEST_CASE("a leading byte order mark is ignored") {
    CHECK(json::parse("\xEF\xBB\xBF{}", "t").is_object());
  }

  TEST_CASE("with duplicate member names find returns the last") {
    json::Value v = json::parse(R"({"a": "first", "a": "last"})", "t");
    CHECK(v.object().size() == 2);
    CHECK(v.find("a")->string() == "last");
  }

  TEST_CASE("malformed documents are refused naming the source and line") {
    struct Case {
      std::string text;
      int line;
    };
    const Case cases[] = {
        {"", 1},
        {"   \n  ", 2},
        {"{", 1},
        {"{\"a\" 1}", 1},
        {"{\"a\": 1,}", 1},
        {"{a: 1}", 1},
        {"{'a': 1}", 1},
        {"[1, 2,]", 1},
        {"[1 2]", 1},
        {"[\n1,\n2\n", 4},
        {"{}\n\n{}", 3},
        {"[] x", 1},
        {"tru", 1},
        {"True", 1},
        {"nul", 1},
        {"NaN", 1},
        {"Infinity", 1},
        {"-", 1},
        {"+1", 1},
        {"01", 1},
        {"-01", 1},
        {"1.", 1},
        {".5", 1},
        {"1e", 1},
        {"1e+", 1},
        {"0x10", 1},
        {"[\n\n\"unterminated]", 3},
        {"\"tab\there\"", 1},
        {"\"line\nbreak\"", 1},
        {R"("\x41")", 1},
        {R"("\u12")", 1},
        {R"("\u12G4")", 1},
        {R"("\uD83D")", 1},
        {R"("\uD83Dx")", 1},
        {R"("\uD83D\u0041")", 1},
        {R"("\uDE00")", 1},
        {"\"\\", 1},
        {"[\n\"\xC3\x28\"]", 2},
        {"\"\xED\xA0\x80\"", 1},
        {"\"\xC0\xAF\"", 1},
        {"\"\xE2\x80\"", 1},
        {"\xC2\xA3", 1},
        {"\xFE\xFF{}", 1},
        {"{}\x0C", 1},
        {"// comment\n{}", 1},
    };
    for (const auto& c : cases) {
      CAPTURE(c.text);
      auto e = parse_error(c.text);
      REQUIRE(e);
      CHECK(e->kind() == ErrorKind::bad_data);
      CHECK(e->source() == "input.json");
      CHECK(e->line() == c.line);
    }
  }

  TEST_CASE("nesting is allowed to 256 levels and refused deeper") {
    auto nested = [](int depth, char open, char close) {
      return std::string(size_t(depth), open) + std::string(size_t(depth), close);
    };
    CHECK(json::parse(nested(256, '[', ']'), "t").is_array());
    auto e = parse_error(nested(257, '[', ']'));
    REQUIRE(e);
    CHECK(e->kind() == ErrorKind::bad_data);

    std::string objects;
    for (int i = 0; i < 257; ++i) objects += "{\"a\":";
    objects += "1" + std::string(257, '}');
    e = parse_error(objects);
    REQUIRE(e);
    CHECK(e->kind() == ErrorKind::bad_data);
  }

  TEST_CASE("accessors refuse a value of the wrong kind naming its line") {
    json::Value v = json::parse("{\n\"n\": 5,\n\"s\": \"x\"\n}", "t");
    struct Case {
      const char* what;
      void (*access)(const json::Value&);
      const json::Value* value;
      int line;
    };
    const Case cases[] = {
        {"number as object", [](const json::Value& x) { x.object(); }, v.find("n"), 2},
        {"string as array", [](const json::Value& x) { x.array(); }, v.find("s"), 3},
        {"object as string", [](const json::Value& x) { x.string(); }, &v, 1},
        {"find on a number", [](const json::Value& x) { x.find("a"); }, v.find("n"), 2},
    };
    for (const auto& c : cases) {
      CAPTURE(c.what);
      try {
        c.access(*c.value);
        FAIL("expected an error");
      } catch (const Error& e) {
        CHECK(e.kind() == ErrorKind::bad_data);
        CHECK(e.line() == c.line);
      }
    }
  }
}
