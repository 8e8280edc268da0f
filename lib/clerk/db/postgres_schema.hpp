// clerk's schema on a PostgreSQL server (team mode): a baseline and later migrations embedded in
// the binary (db/migrations/postgres/), numbered as SQLite's, the version kept in meta.
#pragma once

#include <string>

#include "clerk/db/connection.hpp"

namespace clerk::db {

// The schema version of the team database: 0 when it has no clerk schema yet.
int postgres_schema_version(Connection& db);

// Brings the team database's schema to the version this binary writes, in one transaction
// that holds an advisory lock, so two clerks starting at once do not both migrate. Refuses
// (Error{cannot_create}) a database whose version is newer than this binary knows, and one
// that is older when the session's role does not own clerk's tables (only the owner may change
// them: the others are told who runs `clerk db migrate`). True when it changed an existing
// schema (new tables and views then need `clerk db grants --apply` for the group roles).
bool migrate_postgres(Connection& db);

// Whether the session's role owns clerk's tables (or is a superuser).
bool session_owns_schema(Connection& db);
// The role that owns clerk's tables.
std::string schema_owner(Connection& db);

// The highest embedded PostgreSQL migration: must equal latest_schema_version().
int latest_postgres_schema_version();

}  // namespace clerk::db
