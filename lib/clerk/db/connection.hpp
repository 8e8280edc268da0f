// A connection to clerk's database on either backend, the embedded SQLite file (one person, a
// laptop, the tests) or a PostgreSQL server (team mode), and the statements run on it. Stores
// write their SQL once, in the subset both backends read alike, with `?`, `?N` or `:name`
// parameters as SQLite numbers them; the PostgreSQL backend rewrites those to its `$N` when it
// prepares the statement (db/placeholders.hpp). What cannot be written once (bulk loading,
// full-text search, the migrations) is chosen per backend inside db/, not in the stores.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace clerk::db {

enum class Backend { sqlite, postgres };

// What a column of the current row holds, in SQLite's storage classes. PostgreSQL's types map
// onto them: integers, booleans and whole numerics are integers, floating point and fractional
// numerics are real, bytea is blob, everything else is text; so a row reads the same on both
// backends.
enum class ValueType { null, integer, real, text, blob };

// A transaction that only reads (one snapshot for a run of reads) or one that will write (on
// SQLite it takes the write lock at BEGIN, so a command that reads then writes waits for other
// writers instead of failing at its first write).
enum class TransactionKind { read, write };

// A prepared statement on one backend: what db::Statement calls. Indexes are 1-based for
// parameters (as SQL numbers them) and 0-based for result columns.
class StatementImpl {
 public:
  virtual ~StatementImpl() = default;
  virtual void bind_null(int index) = 0;
  virtual void bind(int index, int64_t value) = 0;
  virtual void bind(int index, double value) = 0;
  virtual void bind(int index, std::string_view text) = 0;
  virtual void bind_blob(int index, std::string_view bytes) = 0;
  // The index of `:name` (its leading ':' included), 0 when the statement has no such parameter.
  virtual int index_of(std::string_view name) const = 0;
  virtual int parameter_count() const = 0;
  // Runs the statement on its first call after a reset; true while there is a current row.
  virtual bool step() = 0;
  // Ready to run again with the bindings it has.
  virtual void reset() = 0;
  virtual int column_count() const = 0;
  virtual std::string_view column_name(int column) const = 0;
  virtual ValueType type(int column) const = 0;
  virtual int64_t integer(int column) const = 0;
  virtual double real(int column) const = 0;
  // Valid until the statement steps or resets.
  virtual std::string_view text(int column) const = 0;
  // SQLite's own statement (sqlite3_stmt*) for db::ColumnReader; nullptr on another backend.
  virtual void* sqlite_handle() const { return nullptr; }
  // See Statement::read_in_batches; nothing to do where rows are read one by one already.
  virtual void read_in_batches() {}
};

// One column of the current row, read before the statement steps again.
class Value {
 public:
  Value(const StatementImpl& statement, int column) : s_(&statement), column_(column) {}
  ValueType type() const { return s_->type(column_); }
  bool is_null() const { return type() == ValueType::null; }
  int64_t int64() const { return s_->integer(column_); }  // 0 for NULL
  int as_int() const { return static_cast<int>(int64()); }
  double real() const { return s_->real(column_); }                    // 0 for NULL
  std::string text() const { return std::string(s_->text(column_)); }  // "" for NULL
  std::string_view view() const { return s_->text(column_); }
  std::string_view blob() const { return s_->text(column_); }  // bytes, as stored
  std::string_view name() const { return s_->column_name(column_); }

 private:
  const StatementImpl* s_;
  int column_;
};

class BulkWriter;  // db/bulk_load.hpp

class Connection {
 public:
  virtual ~Connection() = default;
  virtual Backend backend() const = 0;
  // Runs `sql`, one or more statements without parameters whose rows are not wanted.
  virtual void exec(std::string_view sql) = 0;
  virtual std::unique_ptr<StatementImpl> prepare(std::string_view sql) = 0;
  // Rows inserted, updated or deleted by the last statement that changed any.
  virtual int64_t changes() const = 0;
  // The id the last INSERT gave its row (of a table with an INTEGER PRIMARY KEY / identity).
  virtual int64_t last_insert_id() = 0;
  // Rows for `table`'s `columns`, written as db::BulkLoad describes.
  virtual std::unique_ptr<BulkWriter> bulk_writer(const std::string& table,
                                                  const std::vector<std::string>& columns) = 0;
  // Where the database is, for messages: the file, or the server and database name.
  virtual std::string where() const = 0;

  // Transactions: see db::Transaction, which pairs them.
  virtual void begin(TransactionKind kind) = 0;
  virtual void commit() = 0;
  virtual void rollback() = 0;
  virtual bool in_transaction() const = 0;

  // The first column of the first row of `sql` (no parameters): 0 or "" when there is none.
  int64_t query_int(std::string_view sql);
  std::string query_text(std::string_view sql);
};

// Until the transaction commits, foreign keys are not checked: a bulk load may write rows that
// refer to one it writes last (a batch's hashes before their audit entry). On PostgreSQL this
// applies to the constraints declared DEFERRABLE.
void defer_foreign_keys(Connection& db);

// A statement prepared on `connection`: bind, step through its rows, reset, run again.
class Statement {
 public:
  Statement(Connection& connection, std::string_view sql)
      : connection_(&connection), impl_(connection.prepare(sql)) {}

  void bind_null(int index) { impl_->bind_null(index); }
  void bind(int index, int64_t value) { impl_->bind(index, value); }
  void bind(int index, int value) { impl_->bind(index, int64_t{value}); }
  void bind(int index, double value) { impl_->bind(index, value); }
  void bind(int index, std::string_view text) { impl_->bind(index, text); }
  void bind(int index, const std::string& text) { impl_->bind(index, std::string_view(text)); }
  void bind(int index, const char* text) { impl_->bind(index, std::string_view(text)); }
  void bind_blob(int index, std::string_view bytes) { impl_->bind_blob(index, bytes); }
  // By `:name`: Error{internal} when the statement has no such parameter (a typo in our SQL).
  void bind_null(std::string_view name) { bind_null(index_of(name)); }
  template <class T>
  void bind(std::string_view name, const T& value) {
    bind(index_of(name), value);
  }
  int index_of(std::string_view name) const;

  bool step() { return impl_->step(); }
  // For a read of many rows (a whole table, the whole trail), before its first step: on
  // PostgreSQL, inside a read transaction, its rows come some thousands at a time through a
  // cursor instead of all at once (libpq holds a whole result in memory). Not for small, often
  // repeated queries: a cursor costs two more round trips.
  void read_in_batches() { impl_->read_in_batches(); }
  // Runs a statement that returns no rows, then resets it for the next bindings; the number
  // of rows it inserted, updated or deleted.
  int64_t exec() {
    while (impl_->step()) {
    }
    impl_->reset();
    return connection_->changes();
  }
  void reset() { impl_->reset(); }

  int column_count() const { return impl_->column_count(); }
  Value column(int index) const { return Value(*impl_, index); }
  std::string_view column_name(int index) const { return impl_->column_name(index); }
  void* sqlite_handle() const { return impl_->sqlite_handle(); }

 private:
  Connection* connection_;
  std::unique_ptr<StatementImpl> impl_;
};

// BEGIN on construction; ROLLBACK on destruction unless committed (an exception on the way
// out of a write leaves nothing written).
class Transaction {
 public:
  Transaction(Connection& connection, TransactionKind kind) : connection_(connection) {
    connection_.begin(kind);
  }
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  void commit() {
    connection_.commit();
    open_ = false;
  }

 private:
  Connection& connection_;
  bool open_ = true;
};

}  // namespace clerk::db
