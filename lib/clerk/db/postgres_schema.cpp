#include "clerk/db/postgres_schema.hpp"

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "clerk/core/error.hpp"
#include "clerk/db/migrations.hpp"

namespace clerk::db {
namespace embedded {
extern const std::vector<std::pair<std::string_view, std::string_view>> postgres_migrations;
}

namespace {

// Any fixed number: the lock is clerk's own, taken for the length of the migrating transaction.
constexpr int64_t kMigrationLock = 0x636c65726b;  // "clerk"

}  // namespace

int latest_postgres_schema_version() {
  int latest = 0;
  for (const auto& [name, sql] : embedded::postgres_migrations)
    latest = std::max(latest, migration_number(name));
  return latest;
}

int postgres_schema_version(Connection& db) {
  if (db.query_text("SELECT coalesce(to_regclass('meta')::text, '')").empty()) return 0;
  return int(db.query_int(
      "SELECT coalesce((SELECT value FROM meta WHERE key = 'schema_version'), '0')::integer"));
}

bool session_owns_schema(Connection& db) {
  return db.query_int(
             "SELECT (pg_has_role(session_user, tableowner, 'MEMBER') OR (SELECT "
             "rolsuper FROM pg_roles WHERE rolname = session_user))::integer FROM "
             "pg_tables WHERE schemaname = current_schema() AND tablename = "
             "'audit_log'") != 0;
}

std::string schema_owner(Connection& db) {
  return db.query_text(
      "SELECT tableowner FROM pg_tables WHERE schemaname = current_schema() "
      "AND tablename = 'audit_log'");
}

bool migrate_postgres(Connection& db) {
  Transaction tx(db, TransactionKind::write);
  db.exec("SELECT pg_advisory_xact_lock(" + std::to_string(kMigrationLock) + ")");
  int current = postgres_schema_version(db);
  int latest = latest_postgres_schema_version();
  if (current > latest)
    throw Error(ErrorKind::cannot_create,
                "this team database was written by a newer clerk (schema " +
                    std::to_string(current) + ", this binary knows up to " +
                    std::to_string(latest) + "); upgrade clerk")
        .source(db.where());
  if (current == latest) return false;
  if (current != 0 && !session_owns_schema(db))
    throw Error(ErrorKind::cannot_create,
                "this team database's schema is " + std::to_string(current) +
                    " and this clerk writes " + std::to_string(latest) +
                    ": the owner of clerk's tables ('" + schema_owner(db) +
                    "') brings it up to date with `clerk db migrate`")
        .source(db.where());
  // The first file is the baseline: a new database starts from it, at its number; later files
  // are the changes since. Embedded sorted by name, which is their numeric order.
  for (const auto& [name, sql] : embedded::postgres_migrations) {
    int number = migration_number(name);
    if (number <= current) continue;
    db.exec(sql);
  }
  Statement version(db, R"(
    INSERT INTO meta (key, value) VALUES ('schema_version', ?)
    ON CONFLICT (key) DO UPDATE SET value = excluded.value)");
  version.bind(1, std::to_string(latest));
  version.exec();
  tx.commit();
  return current != 0;
}

}  // namespace clerk::db
