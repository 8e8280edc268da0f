#include "clerk/render/writer.hpp"

#include <doctest/doctest.h>

#include <sstream>

#include "clerk/core/error.hpp"

using namespace clerk;
using namespace clerk::render;

namespace {

Table sample() {
  return Table{{{"id", "ID", Kind::integer},
                {"who", "Who", Kind::text},
                {"amount", "Amount", Kind::money},
                {"on", "On", Kind::date},
                {"at", "At", Kind::timestamp},
                {"ok", "OK", Kind::boolean}},
               {{int64_t{1}, std::string("Ann"), Money::from_pence(1200),
                 *Date::from_ymd(2026, 5, 1), std::string("2026-05-01T09:15:02.123Z"), true},
                {int64_t{2}, std::monostate{}, Money::from_pence(-5), std::monostate{},
                 std::monostate{}, false}}};
}

}  // namespace

TEST_SUITE("render/writer") {
  TEST_CASE("writing a whole table gives the same bytes as a writer fed row by row") {
    const auto table = sample();
    Options options;
    options.title = "Sample";
    options.marking = "OFFICIAL";
    for (const auto& name : words<Format>()) {
      CAPTURE(name);
      const auto format = *find_word<Format>(name);
      std::ostringstream whole, streamed;
      write(table, format, whole, options);
      auto writer = make_writer(format, table.columns, streamed, options);
      for (const auto& row : table.rows) writer->row(row);
      writer->finish();
      CHECK(whole.str() == streamed.str());
      CHECK_FALSE(whole.str().empty());
    }
  }

  TEST_CASE("a timestamp shows as its ISO text in every format") {
    for (const auto& name : words<Format>()) {
      CAPTURE(name);
      std::ostringstream out;
      write(sample(), *find_word<Format>(name), out, {});
      CHECK(out.str().find("2026-05-01T09:15:02.123Z") != std::string::npos);
    }
  }

  TEST_CASE("a row with the wrong number of cells is an internal error in every format") {
    for (const auto& name : words<Format>()) {
      CAPTURE(name);
      std::ostringstream out;
      auto writer = make_writer(*find_word<Format>(name), sample().columns, out, {});
      try {
        writer->row({int64_t{1}});
        FAIL("expected an error");
      } catch (const Error& e) {
        CHECK(e.kind() == ErrorKind::internal);
      }
    }
  }

  TEST_CASE("a record with the wrong number of values is an internal error") {
    std::ostringstream out;
    CHECK_THROWS_AS(write_record(sample().columns, {int64_t{1}}, Format::table, out, {}), Error);
  }

  TEST_CASE("a record is written in every format") {
    const auto table = sample();
    for (const auto& name : words<Format>()) {
      CAPTURE(name);
      std::ostringstream out;
      write_record(table.columns, table.rows[0], *find_word<Format>(name), out, {});
      CHECK(out.str().find("Ann") != std::string::npos);
      CHECK(out.str().ends_with("\n"));
    }
  }
}
