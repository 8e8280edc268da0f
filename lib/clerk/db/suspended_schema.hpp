// Dropping a table's indexes or triggers for the length of a bulk write, and creating them again
// from their own stored SQL (so each keeps its one definition, the migration's) in the same
// transaction: building an index once after a million inserts beats updating it a million times.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <SQLiteCpp/Database.h>

namespace clerk::db {

class SuspendedSchema {
 public:
  // Drops every `kind` ("index" or "trigger") on `table` that has SQL of its own (not the
  // automatic indexes of UNIQUE constraints), or only the one called `name` when given.
  SuspendedSchema(SQLite::Database& db, std::string_view kind, std::string_view table,
                  std::string_view name = {});
  // Creates them again; must run before the transaction commits.
  void restore();
  // Restores them if restore() was not called and no exception is unwinding (then the
  // transaction rolls back and brings them back itself); aborts rather than let the
  // transaction commit without them.
  ~SuspendedSchema();
  SuspendedSchema(const SuspendedSchema&) = delete;
  SuspendedSchema& operator=(const SuspendedSchema&) = delete;

 private:
  SQLite::Database& db_;
  std::vector<std::string> dropped_;  // their CREATE statements
};

}  // namespace clerk::db
