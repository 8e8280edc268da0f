#include "clerk/trail/row_image.hpp"

#include <doctest/doctest.h>

#include "clerk/db/connection.hpp"
#include "clerk/db/sqlite_connection.hpp"

using namespace clerk;

namespace {

Digest hash_of(SQLite::Database& db, const std::string& select) {
  db::RawStatement q(db, select);
  REQUIRE(q.step());
  trail::RowHasher hasher(q, q.column_count());
  return hasher.hash(q);
}

}  // namespace

TEST_SUITE("row_image") {
  TEST_CASE("a column added to a table that held rows does not change their hash while NULL") {
    SQLite::Database db(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    auto before = hash_of(db, "SELECT 1 AS id, 'Mrs Ann Jones' AS name");
    CHECK(hash_of(db, "SELECT 1 AS id, 'Mrs Ann Jones' AS name, NULL AS salutation") == before);
    CHECK(hash_of(db, "SELECT 1 AS id, 'Mrs Ann Jones' AS name, 'Ann' AS salutation") != before);
    // Any other NULL column is part of the row: setting it or dropping it is a change.
    CHECK(hash_of(db, "SELECT 1 AS id, 'Mrs Ann Jones' AS name, NULL AS notes") != before);
  }

  TEST_CASE("the bulk-load hasher leaves a NULL added column out exactly as the row hasher does") {
    SQLite::Database db(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec("CREATE TABLE staff (id INTEGER PRIMARY KEY, name TEXT, salutation TEXT)");
    db.exec("INSERT INTO staff VALUES (1, 'Ann', NULL), (2, 'Bob', 'Robert')");
    auto connection = db::sqlite_connection(db);
    trail::ValueRowHasher values(*connection, "staff", {"id", "name", "salutation"});
    CHECK(values.hash({int64_t{1}, std::string("Ann"), trail::StoredValue()}) ==
          hash_of(db, "SELECT * FROM staff WHERE id = 1"));
    CHECK(values.hash({int64_t{2}, std::string("Bob"), std::string("Robert")}) ==
          hash_of(db, "SELECT * FROM staff WHERE id = 2"));
  }

  // Writes capture rows through db::Statement (either backend); verify reads them back through
  // SQLite's own API: both must hash a row alike, each storage class included.
  TEST_CASE("a row hashes the same through db::Statement as through SQLite's own API") {
    SQLite::Database db(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER, r REAL, s TEXT, b BLOB, z TEXT)");
    db.exec("INSERT INTO t VALUES (1, 7, 2.5, 'Ynys Môn', x'00ff', NULL)");
    auto connection = db::sqlite_connection(db);
    db::Statement q(*connection, "SELECT * FROM t");
    REQUIRE(q.step());
    CHECK(trail::RowHasher(q).hash(q) == hash_of(db, "SELECT * FROM t"));
  }
}
