// db::Connection on each backend: SQLite always; PostgreSQL when CLERK_TEST_PG_URL names a server
// to use (scripts/team-server start prints one), in a schema of its own dropped afterwards.
#include "clerk/db/connection.hpp"

#include <doctest/doctest.h>

#include <cstdlib>
#include <functional>
#include <memory>
#include <string>

#include <SQLiteCpp/Database.h>

#include "clerk/core/error.hpp"
#include "clerk/db/postgres_connection.hpp"
#include "clerk/db/sqlite_connection.hpp"

using namespace clerk;
using clerk::db::Statement;
using clerk::db::ValueType;

namespace {

// The same checks on a connection of either backend.
void check_round_trip(db::Connection& c) {
  c.exec(
      "CREATE TABLE clerk_conn_test (id INTEGER PRIMARY KEY, name TEXT NOT NULL, n BIGINT,"
      " x DOUBLE PRECISION, m NUMERIC, UNIQUE (name))");
  Statement insert(c,
                   "INSERT INTO clerk_conn_test (id, name, n, x, m) VALUES (?, :name, ?, ?, ?)"
                   " RETURNING id");
  insert.bind(1, int64_t{7});
  insert.bind(":name", std::string("Ann 'quoted' ?"));
  insert.bind(3, int64_t{-5000000000});
  insert.bind(4, 7.5);
  insert.bind(5, int64_t{12});
  REQUIRE(insert.step());
  CHECK(insert.column(0).int64() == 7);
  CHECK_FALSE(insert.step());
  CHECK(c.changes() == 1);

  insert.reset();
  insert.bind(1, int64_t{8});
  insert.bind(":name", "Bob");
  insert.bind_null(3);
  insert.bind_null(4);
  insert.bind(5, 2.25);
  insert.exec();

  Statement q(c, "SELECT id, name, n, x, m FROM clerk_conn_test WHERE id >= :from ORDER BY id");
  q.bind(":from", 1);
  REQUIRE(q.step());
  CHECK(q.column_count() == 5);
  CHECK(q.column(1).name() == "name");
  CHECK(q.column(0).type() == ValueType::integer);
  CHECK(q.column(1).text() == "Ann 'quoted' ?");
  CHECK(q.column(2).int64() == -5000000000);
  CHECK(q.column(3).type() == ValueType::real);
  CHECK(q.column(3).real() == 7.5);
  CHECK(q.column(4).type() == ValueType::integer);  // a whole numeric reads as an integer
  CHECK(q.column(4).int64() == 12);
  REQUIRE(q.step());
  CHECK(q.column(2).is_null());
  CHECK(q.column(2).int64() == 0);
  CHECK(q.column(3).text().empty());
  CHECK(q.column(4).type() == ValueType::real);
  CHECK(q.column(4).real() == 2.25);
  CHECK_FALSE(q.step());

  // Run again after a reset, with the same bindings.
  q.reset();
  int rows = 0;
  while (q.step()) ++rows;
  CHECK(rows == 2);

  Statement dup(c, "INSERT INTO clerk_conn_test (id, name) VALUES (9, 'Bob')");
  bool refused = false;
  try {
    dup.exec();
  } catch (const Error& e) {
    refused = e.kind() == ErrorKind::bad_data;
  } catch (const std::exception&) {
    refused = true;  // SQLite's exception, translated at the library's edge (sqlite_error)
  }
  CHECK(refused);
  CHECK_THROWS_AS(q.bind(":nope", 1), Error);

  // Bytes (every value, NUL among them) go in and come out as they were, read as a blob.
  c.exec(std::string("CREATE TABLE clerk_conn_bytes (b ") +
         (c.backend() == db::Backend::sqlite ? "BLOB" : "BYTEA") + ")");
  std::string bytes;
  for (int i = 0; i < 256; ++i) bytes += char(i);
  Statement put(c, "INSERT INTO clerk_conn_bytes (b) VALUES (?)");
  put.bind_blob(1, bytes);
  put.exec();
  Statement get(c, "SELECT b, b FROM clerk_conn_bytes");
  REQUIRE(get.step());
  CHECK(get.column(0).type() == ValueType::blob);
  CHECK(get.column(0).blob() == bytes);
  CHECK(get.column(1).blob() == bytes);
  CHECK_FALSE(get.step());
}

}  // namespace

TEST_SUITE("db/connection") {
  TEST_CASE("sqlite: statements bind, step, reset and read each storage class") {
    SQLite::Database file(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    auto c = db::sqlite_connection(file);
    CHECK(c->backend() == db::Backend::sqlite);
    check_round_trip(*c);
  }

  TEST_CASE("postgres: the same, against a real server (CLERK_TEST_PG_URL)") {
    const char* url = std::getenv("CLERK_TEST_PG_URL");
    if (!url || !*url) {
      MESSAGE("CLERK_TEST_PG_URL is not set: skipped");
      return;
    }
    auto c = db::connect_postgres(url);
    CHECK(c->backend() == db::Backend::postgres);
    c->exec(
        "DROP SCHEMA IF EXISTS clerk_conn_test CASCADE; CREATE SCHEMA clerk_conn_test;"
        " SET search_path = clerk_conn_test");
    check_round_trip(*c);
    c->exec("DROP SCHEMA clerk_conn_test CASCADE");

    // The server refuses who we say we are: not permitted (77), not busy.
    try {
      db::connect_postgres(std::string(url) + "&password=not-the-password");
      FAIL("connected with a wrong password");
    } catch (const Error& e) {
      CHECK(e.kind() == ErrorKind::not_permitted);
      CHECK(std::string(e.what()).find("refused the login") != std::string::npos);
    }
  }

  TEST_CASE("postgres: an unreachable server is busy (75), naming where it looked") {
    try {
      db::connect_postgres(
          "postgresql:///clerk?host=/nonexistent-socket-dir&port=1&connect_timeout=2");
      FAIL("connected");
    } catch (const Error& e) {
      CHECK(e.kind() == ErrorKind::busy);
      CHECK(std::string(e.what()).find("/nonexistent-socket-dir:1") != std::string::npos);
    }
    CHECK(db::is_postgres_url("postgresql://host/db"));
    CHECK(db::is_postgres_url("postgres:///clerk?service=office"));
    CHECK_FALSE(db::is_postgres_url("/home/ann/clerk.db"));
  }
}
