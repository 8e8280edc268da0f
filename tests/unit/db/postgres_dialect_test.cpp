#include "clerk/db/postgres_dialect.hpp"

#include <doctest/doctest.h>

using clerk::db::to_postgres_dialect;

TEST_SUITE("db/postgres_dialect") {
  TEST_CASE("a NOCASE comparison lowers both sides; a NOCASE ordering lowers its term") {
    CHECK(to_postgres_dialect("SELECT id FROM contact WHERE name = $1 COLLATE NOCASE") ==
          "SELECT id FROM contact WHERE lower(name) = lower($1)");
    CHECK(to_postgres_dialect("WHERE email = $1 AND ct.name <> $2 COLLATE NOCASE LIMIT 1") ==
          "WHERE email = $1 AND lower(ct.name) <> lower($2) LIMIT 1");
    CHECK(to_postgres_dialect("ORDER BY name COLLATE NOCASE, id") == "ORDER BY lower(name), id");
    CHECK(to_postgres_dialect("ORDER BY name collate nocase") == "ORDER BY lower(name)");
  }

  TEST_CASE("LIKE is case-insensitive, as on SQLite; ifnull is coalesce") {
    CHECK(to_postgres_dialect("WHERE name LIKE $1 ESCAPE '\\'") ==
          "WHERE name ILIKE $1 ESCAPE '\\'");
    CHECK(to_postgres_dialect("SELECT ifnull(a, 0), ifnull_count FROM t") ==
          "SELECT coalesce(a, 0), ifnull_count FROM t");
    CHECK(to_postgres_dialect("WHERE instr(p.body, $2) > 0") == "WHERE strpos(p.body, $2) > 0");
    CHECK(to_postgres_dialect("SELECT group_concat(CAST(n AS TEXT), ' ') FROM t") ==
          "SELECT string_agg(CAST(n AS TEXT), ' ') FROM t");
  }

  TEST_CASE("SQLite's NOT INDEXED hint is left out; NOT anywhere else stays") {
    CHECK(to_postgres_dialect("SELECT id FROM expense NOT INDEXED WHERE a IS NOT NULL") ==
          "SELECT id FROM expense  WHERE a IS NOT NULL");
    CHECK(to_postgres_dialect("WHERE NOT EXISTS (SELECT 1)") == "WHERE NOT EXISTS (SELECT 1)");
  }

  TEST_CASE("quoted text, names and comments are left as they are") {
    const char* sql =
        "SELECT 'a LIKE b', \"like\" FROM t -- name COLLATE NOCASE\n/* LIKE */ WHERE x = 'y'";
    CHECK(to_postgres_dialect(sql) == sql);
    CHECK(to_postgres_dialect("WHERE note = 'it''s LIKE' AND n LIKE $1") ==
          "WHERE note = 'it''s LIKE' AND n ILIKE $1");
  }

  TEST_CASE("words that only contain the keywords are not touched") {
    CHECK(to_postgres_dialect("SELECT likes, unlike, collated FROM t") ==
          "SELECT likes, unlike, collated FROM t");
  }
}
