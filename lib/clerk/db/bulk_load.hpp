// Many rows into one table inside the caller's transaction, each given as its values in a fixed
// column order. SQLite inserts each as it comes with one prepared statement; PostgreSQL keeps
// them and sends them with COPY at flush(), several times faster than an INSERT a row. So a
// loader that fills two tables whose rows refer to each other flushes the referred-to one first
// (contacts before the cases that name them), and rows are not visible to queries on the
// connection until flushed. Where PostgreSQL's row-level security applies to the acting role,
// for whom COPY FROM is refused, they are copied into a temporary table and moved from there
// with INSERT ... SELECT, which the policies check.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "clerk/db/connection.hpp"
#include "clerk/db/stored_value.hpp"

namespace clerk::db {

// What each backend provides (Connection::bulk_writer).
class BulkWriter {
 public:
  virtual ~BulkWriter() = default;
  // `values[i]` is for the i-th column.
  virtual void add(const std::vector<StoredValue>& values) = 0;
  virtual void flush() = 0;
  // Rows added and not yet written.
  virtual size_t pending() const = 0;
};

class BulkLoad {
 public:
  // Table and column names come from the code, never from input.
  BulkLoad(Connection& db, std::string table, std::vector<std::string> columns);
  void add(const std::vector<StoredValue>& values) { writer_->add(values); }
  void flush() { writer_->flush(); }
  size_t pending() const { return writer_->pending(); }
  // Flushes; then, as the load gave each row its id, the table's id sequence (PostgreSQL's
  // identity column) is moved past the largest, so the next ordinary insert does not reuse one.
  void finish();

 private:
  Connection& db_;
  std::string table_;
  std::unique_ptr<BulkWriter> writer_;
};

}  // namespace clerk::db
