#include "clerk/db/migrations.hpp"

#include <SQLiteCpp/Transaction.h>
#include <sqlite3.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "clerk/core/error.hpp"
#include "clerk/db/sqlite_error.hpp"

namespace clerk::db {
namespace embedded {
extern const std::vector<std::pair<std::string_view, std::string_view>> migrations;
}

int migration_number(std::string_view name) {
  int n = 0;
  for (char c : name) {
    if (c < '0' || c > '9') break;
    n = n * 10 + (c - '0');
  }
  return n;
}

int latest_schema_version() {
  int latest = 0;
  for (const auto& [name, sql] : embedded::migrations)
    latest = std::max(latest, migration_number(name));
  return latest;
}

int schema_version(SQLite::Database& db) { return db.execAndGet("PRAGMA user_version").getInt(); }

void migrate(SQLite::Database& db) {
  try {
    // Migration 0011 edits table definitions in sqlite_schema (SQLite's documented way to
    // change a CHECK constraint), which a build of SQLite that starts connections in defensive
    // mode would refuse.
    sqlite3_db_config(db.getHandle(), SQLITE_DBCONFIG_DEFENSIVE, 0, static_cast<int*>(nullptr));
    SQLite::Transaction tx(db, SQLite::TransactionBehavior::IMMEDIATE);
    int current = schema_version(db);
    if (current > latest_schema_version())
      throw Error(ErrorKind::cannot_create,
                  "this database was written by a newer clerk (schema " + std::to_string(current) +
                      ", this binary knows up to " + std::to_string(latest_schema_version()) +
                      "); upgrade clerk")
          .source(db.getFilename());
    // Migrations are embedded sorted by file name, which is their numeric order.
    for (const auto& [name, sql] : embedded::migrations) {
      int number = migration_number(name);
      if (number <= current) continue;
      db.exec(std::string(sql));
      db.exec("PRAGMA user_version = " + std::to_string(number));
    }
    tx.commit();
  } catch (const SQLite::Exception& e) {
    throw translate(e, db.getFilename());
  }
}

void require_current(SQLite::Database& db) {
  int current = schema_version(db);
  int latest = latest_schema_version();
  if (current == 0)
    throw Error(ErrorKind::missing,
                "not a clerk database (no schema); create one with `clerk init`")
        .source(db.getFilename());
  if (current > latest)
    throw Error(ErrorKind::cannot_create,
                "this database was written by a newer clerk (schema " + std::to_string(current) +
                    ", this binary knows up to " + std::to_string(latest) + "); upgrade clerk")
        .source(db.getFilename());
  if (current < latest)
    throw Error(ErrorKind::config, "the database schema is out of date (version " +
                                       std::to_string(current) + ", current " +
                                       std::to_string(latest) + "); run `clerk db migrate`")
        .source(db.getFilename());
}

}  // namespace clerk::db
