#include "clerk/db/sqlite_connection.hpp"

#include <sqlite3.h>

#include <string>

#include "clerk/core/error.hpp"
#include "clerk/db/bulk_load.hpp"
#include "clerk/db/column_reader.hpp"
#include "clerk/db/raw_statement.hpp"

namespace clerk::db {
namespace {

class SqliteStatement final : public StatementImpl {
 public:
  SqliteStatement(SQLite::Database& db, std::string_view sql) : s_(db, std::string(sql)) {}

  void bind_null(int index) override { s_.bind_null(index); }
  void bind(int index, int64_t value) override { s_.bind(index, value); }
  void bind(int index, double value) override { s_.bind(index, value); }
  void bind(int index, std::string_view text) override { s_.bind(index, text); }
  void bind_blob(int index, std::string_view bytes) override {
    s_.bind_blob(index, bytes.data(), bytes.size());
  }
  int index_of(std::string_view name) const override {
    return sqlite3_bind_parameter_index(s_.handle(), std::string(name).c_str());
  }
  int parameter_count() const override { return sqlite3_bind_parameter_count(s_.handle()); }
  bool step() override { return s_.step(); }
  void reset() override { s_.reset(); }
  int column_count() const override { return s_.column_count(); }
  std::string_view column_name(int column) const override { return s_.column_name(column); }
  ValueType type(int column) const override { return value_type(s_.type(column)); }
  int64_t integer(int column) const override { return s_.int64(column); }
  double real(int column) const override { return s_.real(column); }
  void* sqlite_handle() const override { return s_.handle(); }
  std::string_view text(int column) const override {
    return s_.type(column) == SQLITE_BLOB ? s_.blob(column) : s_.text(column);
  }

 private:
  RawStatement s_;
};

// Each row inserted as it comes, by one prepared statement.
class SqliteBulkWriter final : public BulkWriter {
 public:
  SqliteBulkWriter(SQLite::Database& db, const std::string& table,
                   const std::vector<std::string>& columns)
      : insert_(db, insert_sql(table, columns)) {}
  void add(const std::vector<StoredValue>& values) override {
    for (size_t i = 0; i < values.size(); ++i) bind_value(insert_, int(i) + 1, values[i]);
    insert_.exec();
  }
  void flush() override {}
  size_t pending() const override { return 0; }

 private:
  static std::string insert_sql(const std::string& table, const std::vector<std::string>& columns) {
    std::string names, params;
    for (size_t i = 0; i < columns.size(); ++i) {
      names += (i ? ", " : "") + columns[i];
      params += (i ? ", ?" : "?") + std::to_string(i + 1);
    }
    return "INSERT INTO " + table + " (" + names + ") VALUES (" + params + ")";
  }

  RawStatement insert_;
};

class SqliteConnection final : public Connection {
 public:
  explicit SqliteConnection(SQLite::Database& db) : db_(db) {}
  Backend backend() const override { return Backend::sqlite; }
  void exec(std::string_view sql) override { db_.exec(std::string(sql)); }
  std::unique_ptr<StatementImpl> prepare(std::string_view sql) override {
    return std::make_unique<SqliteStatement>(db_, sql);
  }
  int64_t changes() const override { return sqlite3_changes64(db_.getHandle()); }
  int64_t last_insert_id() override { return sqlite3_last_insert_rowid(db_.getHandle()); }
  std::unique_ptr<BulkWriter> bulk_writer(const std::string& table,
                                          const std::vector<std::string>& columns) override {
    return std::make_unique<SqliteBulkWriter>(db_, table, columns);
  }
  std::string where() const override { return db_.getFilename(); }
  void begin(TransactionKind kind) override {
    db_.exec(kind == TransactionKind::write ? "BEGIN IMMEDIATE" : "BEGIN DEFERRED");
  }
  void commit() override { db_.exec("COMMIT"); }
  void rollback() override { db_.exec("ROLLBACK"); }
  bool in_transaction() const override { return !sqlite3_get_autocommit(db_.getHandle()); }
  SQLite::Database& database() { return db_; }

 private:
  SQLite::Database& db_;
};

}  // namespace

std::unique_ptr<Connection> sqlite_connection(SQLite::Database& db) {
  return std::make_unique<SqliteConnection>(db);
}

SQLite::Database& sqlite(Connection& connection) {
  if (auto* c = dynamic_cast<SqliteConnection*>(&connection)) return c->database();
  // Not a fault in the database or the input: what this build of team mode cannot do yet.
  throw Error(ErrorKind::config, "this command does not work on a team (PostgreSQL) database yet")
      .source(connection.where());
}

}  // namespace clerk::db
