// One read transaction around a run of reads: every statement sees the same state of the
// database, and SQLite takes its read lock once rather than at each statement (a few
// microseconds each: seconds over a million lookups).
#pragma once

#include <sqlite3.h>

#include <optional>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Transaction.h>

namespace clerk::db {

class ReadSnapshot {
 public:
  // Does nothing when the caller already has a transaction open.
  explicit ReadSnapshot(SQLite::Database& db) {
    if (sqlite3_get_autocommit(db.getHandle()))
      tx_.emplace(db, SQLite::TransactionBehavior::DEFERRED);
  }

 private:
  std::optional<SQLite::Transaction> tx_;  // rolled back at the end: it only read
};

}  // namespace clerk::db
