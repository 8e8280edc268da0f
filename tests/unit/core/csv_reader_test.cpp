#include "clerk/core/csv_reader.hpp"

#include <doctest/doctest.h>

#include <sstream>

#include "clerk/core/error.hpp"

using clerk::CsvReader;
using clerk::Error;
using clerk::ErrorKind;
using Fields = std::vector<std::string>;

namespace {

std::vector<Fields> read_all(const std::string& text) {
  std::istringstream in(text);
  CsvReader reader(in, "test.csv");
  std::vector<Fields> out;
  Fields f;
  while (reader.next(f)) out.push_back(f);
  return out;
}

int failing_line(const std::string& text) {
  try {
    read_all(text);
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::bad_data);
    CHECK(e.source() == "test.csv");
    return e.line();
  }
  FAIL("expected an error");
  return 0;
}

}  // namespace

TEST_SUITE("csv_reader") {
  TEST_CASE("reads plain, quoted and empty fields with LF, CRLF and a mix of both") {
    auto rows = read_all("a,b,c\r\n1,\"two, 2\",\n\"say \"\"hi\"\"\",x,\"\"\r\n");
    REQUIRE(rows.size() == 3);
    CHECK(rows[0] == Fields{"a", "b", "c"});
    CHECK(rows[1] == Fields{"1", "two, 2", ""});
    CHECK(rows[2] == Fields{"say \"hi\"", "x", ""});
  }

  TEST_CASE("a quoted field may hold newlines and the next record's line is counted past them") {
    std::istringstream in("h\n\"line one\nline two\"\nnext\n");
    CsvReader reader(in, "t");
    Fields f;
    REQUIRE(reader.next(f));
    REQUIRE(reader.next(f));
    CHECK(f == Fields{"line one\nline two"});
    CHECK(reader.line() == 2);
    REQUIRE(reader.next(f));
    CHECK(reader.line() == 4);
    CHECK_FALSE(reader.next(f));
  }

  TEST_CASE("skips a byte-order mark, blank lines, and reads a last line with no newline") {
    auto rows = read_all("\xEF\xBB\xBFname\n\n\nAnn");
    REQUIRE(rows.size() == 2);
    CHECK(rows[0] == Fields{"name"});
    CHECK(rows[1] == Fields{"Ann"});
  }

  TEST_CASE("malformed input is refused naming the line") {
    CHECK(failing_line("a\nb\n\"open\n") == 3);
    CHECK(failing_line("a\nab\"c\n") == 2);
    CHECK(failing_line("a\n\"x\"y\n") == 2);
    CHECK(failing_line(std::string("a\nb\0c\n", 6)) == 2);
    CHECK(failing_line("a\n\xFF\xFE\n") == 2);
    CHECK(failing_line("a\n" + std::string(CsvReader::kMaxFieldBytes + 10, 'x') + "\n") == 2);
    CHECK(failing_line("a\n" + std::string(CsvReader::kMaxFields + 5, ',') + "\n") == 2);
  }
}
