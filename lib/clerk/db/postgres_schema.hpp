// clerk's schema on a PostgreSQL server (team mode): a baseline and later migrations embedded in
// the binary (db/migrations/postgres/), numbered as SQLite's, the version kept in meta.
#pragma once

#include "clerk/db/connection.hpp"

namespace clerk::db {

// The schema version of the team database: 0 when it has no clerk schema yet.
int postgres_schema_version(Connection& db);

// Brings the team database's schema to the version this binary writes, in one transaction
// that holds an advisory lock, so two clerks starting at once do not both migrate. Refuses
// (Error{cannot_create}) a database whose version is newer than this binary knows.
void migrate_postgres(Connection& db);

// The highest embedded PostgreSQL migration: must equal latest_schema_version().
int latest_postgres_schema_version();

}  // namespace clerk::db
