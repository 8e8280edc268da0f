// The team-mode schema against SQLite's: the same tables with the same columns in the same order
// (a row's hash covers its columns in table order), at the same version. The PostgreSQL half runs
// when CLERK_TEST_PG_URL names a server, in a schema of its own dropped afterwards.
#include "clerk/db/postgres_schema.hpp"

#include <doctest/doctest.h>

#include <cstdlib>
#include <map>
#include <string>
#include <vector>

#include "../temp_database.hpp"
#include "clerk/db/migrations.hpp"
#include "clerk/db/postgres_connection.hpp"

using namespace clerk;

TEST_SUITE("db/postgres_schema") {
  TEST_CASE("the PostgreSQL migrations reach the version SQLite's do") {
    CHECK(db::latest_postgres_schema_version() == db::latest_schema_version());
  }

  TEST_CASE("postgres: every table has SQLite's columns in SQLite's order (CLERK_TEST_PG_URL)") {
    const char* url = std::getenv("CLERK_TEST_PG_URL");
    if (!url || !*url) {
      MESSAGE("CLERK_TEST_PG_URL is not set: skipped");
      return;
    }
    MemoryDatabase lite;
    std::map<std::string, std::vector<std::string>> want;
    {
      db::Statement tables(lite.db, R"(
        SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
        AND name NOT LIKE 'case_fts%')");
      while (tables.step()) {
        std::string name = tables.column(0).text();
        want[name] = table_columns(lite.db, name);
      }
    }
    auto pg = db::connect_postgres(url);
    pg->exec(
        "DROP SCHEMA IF EXISTS clerk_schema_test CASCADE; CREATE SCHEMA clerk_schema_test;"
        " SET search_path = clerk_schema_test");
    CHECK(db::postgres_schema_version(*pg) == 0);
    db::migrate_postgres(*pg);
    CHECK(db::postgres_schema_version(*pg) == db::latest_schema_version());
    db::migrate_postgres(*pg);  // nothing to do the second time
    std::map<std::string, std::vector<std::string>> got;
    {
      db::Statement columns(*pg, R"(
        SELECT c.table_name, c.column_name FROM information_schema.columns c
        JOIN information_schema.tables t USING (table_schema, table_name)
        WHERE c.table_schema = 'clerk_schema_test' AND t.table_type = 'BASE TABLE'
        AND c.table_name <> 'case_fts'
        ORDER BY c.table_name, c.ordinal_position)");
      while (columns.step()) got[columns.column(0).text()].push_back(columns.column(1).text());
    }
    CHECK(got == want);
    pg->exec("DROP SCHEMA clerk_schema_test CASCADE");
  }
}
