// Schema migrations: numbered SQL files embedded in the binary, tracked by PRAGMA user_version.
#pragma once

#include <SQLiteCpp/Database.h>

#include <string_view>

namespace clerk::db {

// A migration file's number: "0003_expenses.sql" is 3.
int migration_number(std::string_view name);

// The schema version this binary writes (the highest embedded migration number).
int latest_schema_version();
int schema_version(SQLite::Database& db);

// Applies every pending migration in order, all in one transaction. Refuses (Error{cannot_create})
// a database whose version is newer than this binary knows.
void migrate(SQLite::Database& db);

// Error{...} unless the database is at exactly the latest version: older ones need
// `clerk db migrate`, newer ones a newer clerk.
void require_current(SQLite::Database& db);

}  // namespace clerk::db
