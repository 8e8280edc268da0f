#include "clerk/db/placeholders.hpp"

#include <doctest/doctest.h>

using clerk::db::rewrite_placeholders;

TEST_SUITE("db/placeholders") {
  TEST_CASE("question marks are numbered in order, ?N keeps its number") {
    auto r = rewrite_placeholders("SELECT * FROM t WHERE a = ? AND b = ? OR c = ?1");
    CHECK(r.sql == "SELECT * FROM t WHERE a = $1 AND b = $2 OR c = $1");
    CHECK(r.count == 2);
    auto numbered = rewrite_placeholders("WHERE entity = ?1 AND first_id <= ?2 AND last_id >= ?2");
    CHECK(numbered.sql == "WHERE entity = $1 AND first_id <= $2 AND last_id >= $2");
    CHECK(numbered.count == 2);
  }

  TEST_CASE("a name takes the next number once, as SQLite numbers it") {
    auto r = rewrite_placeholders("UPDATE t SET a = :a, b = ?, c = :c WHERE id = :a");
    CHECK(r.sql == "UPDATE t SET a = $1, b = $2, c = $3 WHERE id = $1");
    CHECK(r.count == 3);
    REQUIRE(r.names.size() == 3);
    CHECK(r.names[0] == ":a");
    CHECK(r.names[1].empty());
    CHECK(r.names[2] == ":c");
    CHECK(rewrite_placeholders("VALUES (@x, $y)").sql == "VALUES ($1, $2)");
  }

  TEST_CASE("quoted text, comments and casts are left alone") {
    auto r = rewrite_placeholders(
        "SELECT 'is it ? or :x', \"col?\" -- what ?\n, x::text, /* :y ? */ ? FROM t");
    CHECK(r.sql == "SELECT 'is it ? or :x', \"col?\" -- what ?\n, x::text, /* :y ? */ $1 FROM t");
    CHECK(r.count == 1);
    CHECK(rewrite_placeholders("SELECT 'it''s ?', ?").sql == "SELECT 'it''s ?', $1");
    CHECK(rewrite_placeholders("SELECT $1").sql == "SELECT $1");  // already PostgreSQL's
  }
}
