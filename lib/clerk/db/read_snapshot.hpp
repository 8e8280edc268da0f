// One read transaction around a run of reads: every statement sees the same state of the
// database, and SQLite takes its read lock once rather than at each statement (a few
// microseconds each: seconds over a million lookups). On PostgreSQL it is a REPEATABLE READ
// transaction: one snapshot too.
#pragma once

#include <optional>

#include "clerk/db/connection.hpp"

namespace clerk::db {

class ReadSnapshot {
 public:
  // Does nothing when the caller already has a transaction open.
  explicit ReadSnapshot(Connection& db) {
    if (!db.in_transaction()) tx_.emplace(db, TransactionKind::read);
  }

 private:
  std::optional<Transaction> tx_;  // rolled back at the end: it only read
};

}  // namespace clerk::db
