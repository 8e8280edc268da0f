#include "clerk/db/record_spec.hpp"

#include <doctest/doctest.h>

#include "clerk/core/error.hpp"
#include "clerk/db/connection.hpp"
#include "clerk/db/sqlite_connection.hpp"

using namespace clerk;

namespace {

enum class Shade { light, dark };

struct Swatch {
  int64_t id = 0;
  std::string name;
  std::string note;  // empty is stored as NULL
  int count = 0;
  Date made;
  std::optional<Date> sold;
  std::optional<int64_t> owner;
  Shade shade = Shade::light;
  std::optional<Shade> was;
};

const EnumWords& enum_words(Shade) {
  static const EnumWords w{"shade", {"light", "dark"}};
  return w;
}

const db::RecordSpec<Swatch>& swatch_record() {
  using db::field, db::Transfer, db::EmptyText;
  static const db::RecordSpec<Swatch> spec(
      "swatch", "s",
      {field<&Swatch::id>("id", Transfer::not_carried), field<&Swatch::name>("name"),
       field<&Swatch::note>("note", Transfer::carried, EmptyText::null),
       field<&Swatch::count>("count"), field<&Swatch::made>("made"), field<&Swatch::sold>("sold"),
       field<&Swatch::owner>("owner"), field<&Swatch::shade>("shade"), field<&Swatch::was>("was")});
  return spec;
}

// An in-memory database holding the swatch table.
struct SwatchDatabase {
  SQLite::Database file{":memory:", SQLite::OPEN_READWRITE};
  std::unique_ptr<db::Connection> connection = db::sqlite_connection(file);
  db::Connection& db = *connection;
  SwatchDatabase() {
    db.exec(
        "CREATE TABLE swatch (id INTEGER PRIMARY KEY, name TEXT NOT NULL, note TEXT, "
        "count INTEGER, made TEXT, sold TEXT, owner INTEGER, shade TEXT, was TEXT)");
  }
};

Swatch read_back(db::Connection& db, int64_t id) {
  db::Statement q(db, "SELECT " + swatch_record().select_list() + " FROM swatch s WHERE id = ?");
  q.bind(1, id);
  REQUIRE(q.step());
  return swatch_record().from_row(q);
}

}  // namespace

TEST_SUITE("record_spec") {
  TEST_CASE("the select list and column names come from the fields, in order") {
    CHECK(swatch_record().select_list() ==
          "s.id, s.name, s.note, s.count, s.made, s.sold, s.owner, s.shade, s.was");
    CHECK(swatch_record().column_names() == std::vector<std::string>{"id", "name", "note", "count",
                                                                     "made", "sold", "owner",
                                                                     "shade", "was"});
  }

  TEST_CASE("a record inserted, read back and updated keeps every field") {
    SwatchDatabase swatches;
    db::Connection& db = swatches.db;
    Swatch s;
    s.name = "Teal";
    s.count = 3;
    s.made = Date::parse_iso("2026-11-02", "test");
    s.sold = Date::parse_iso("2026-12-01", "test");
    s.owner = 42;
    s.shade = Shade::dark;
    s.was = Shade::light;
    s.id = swatch_record().insert(db, s);
    Swatch got = read_back(db, s.id);
    CHECK(got.name == "Teal");
    CHECK(got.note.empty());
    CHECK(got.count == 3);
    CHECK(got.made.iso() == "2026-11-02");
    CHECK(got.sold->iso() == "2026-12-01");
    CHECK(got.owner == 42);
    CHECK(got.shade == Shade::dark);
    CHECK(got.was == Shade::light);
    // Absent values and empty optional text are NULL.
    CHECK(db.query_int("SELECT note IS NULL FROM swatch") == 1);

    got.note = "faded";
    got.sold.reset();
    got.owner.reset();
    got.was.reset();
    swatch_record().update(db, got);
    Swatch again = read_back(db, s.id);
    CHECK(again.note == "faded");
    CHECK(!again.sold);
    CHECK(!again.owner);
    CHECK(!again.was);
    CHECK(db.query_int("SELECT count(*) FROM swatch WHERE sold IS NULL AND owner IS NULL AND "
                       "was IS NULL") == 1);
  }

  TEST_CASE("bulk-load values are the stored forms, in column order") {
    Swatch s;
    s.id = 7;
    s.name = "Rust";
    s.made = Date::parse_iso("2026-01-31", "test");
    auto v = swatch_record().values(s);
    REQUIRE(v.size() == 9);
    CHECK(std::get<int64_t>(v[0]) == 7);
    CHECK(std::get<std::string>(v[1]) == "Rust");
    CHECK(std::holds_alternative<std::monostate>(v[2]));
    CHECK(std::get<std::string>(v[4]) == "2026-01-31");
    CHECK(std::holds_alternative<std::monostate>(v[5]));
    CHECK(std::get<std::string>(v[7]) == "light");
  }

  TEST_CASE("import text parses by the member's type, naming the field when it cannot") {
    Swatch s;
    const auto& spec = swatch_record();
    spec.find("count")->parse(s, "12", "count");
    spec.find("made")->parse(s, "3 Feb 2026", "made");
    spec.find("shade")->parse(s, "Dark", "shade");
    CHECK(s.count == 12);
    CHECK(s.made.iso() == "2026-02-03");
    CHECK(s.shade == Shade::dark);
    try {
      spec.find("count")->parse(s, "twelve", "count");
      FAIL("parsed");
    } catch (const Error& e) {
      CHECK(std::string(e.what()) == "'twelve' is not a whole number");
      CHECK(e.field() == "count");
    }
    CHECK_THROWS_AS(spec.find("shade")->parse(s, "puce", "shade"), Error);
    CHECK(spec.find("nothing") == nullptr);
  }

  TEST_CASE("a selection reads only the columns it names") {
    SwatchDatabase swatches;
    db::Connection& db = swatches.db;
    Swatch s;
    s.name = "Ochre";
    s.count = 9;
    s.made = Date::parse_iso("2026-05-05", "test");
    swatch_record().insert(db, s);
    db::FieldSelection<Swatch> some(swatch_record(), "s", {"name", "count"});
    CHECK(some.sql() == "s.name, s.count");
    db::Statement q(db, "SELECT " + some.sql() + " FROM swatch s");
    REQUIRE(q.step());
    Swatch got;
    some.read(q, got);
    CHECK(got.name == "Ochre");
    CHECK(got.count == 9);
    CHECK(got.made == Date{});
    CHECK_THROWS_AS(db::FieldSelection<Swatch>(swatch_record(), "s", {"colour"}), Error);
  }
}
