// A prepared statement on SQLite's C API, for the loops that step through millions of rows
// (audit verify, bulk import hashes): SQLiteCpp's Column shares a reference-counted handle per
// value read, which costs more there than reading the value.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <string_view>

#include <SQLiteCpp/Database.h>

namespace clerk::db {

class RawStatement {
 public:
  // SQLite::Exception (as SQLiteCpp throws) when `sql` does not prepare.
  RawStatement(SQLite::Database& db, const std::string& sql);
  ~RawStatement();
  RawStatement(const RawStatement&) = delete;
  RawStatement& operator=(const RawStatement&) = delete;

  // The next row: true while there is one; SQLite::Exception on an error.
  bool step();
  // Runs a statement that returns no rows, then resets it for the next bindings.
  void exec();
  void reset();

  void bind(int index, int64_t value);
  void bind(int index, double value);
  void bind(int index, std::string_view text);
  void bind(int index, const std::string& text) { bind(index, std::string_view(text)); }
  // Text that stays valid and unchanged until the statement is next stepped or reset, bound
  // without SQLite taking a copy.
  void bind_static(int index, std::string_view text);
  void bind_blob(int index, const void* data, size_t size);
  void bind_null(int index);

  int column_count() const { return sqlite3_column_count(stmt_); }
  sqlite3_stmt* handle() const { return stmt_; }
  const char* column_name(int i) const { return sqlite3_column_name(stmt_, i); }
  int type(int i) const { return sqlite3_column_type(stmt_, i); }
  bool is_null(int i) const { return type(i) == SQLITE_NULL; }
  int64_t int64(int i) const { return sqlite3_column_int64(stmt_, i); }
  double real(int i) const { return sqlite3_column_double(stmt_, i); }
  // Valid until the next step, reset or read of the same column as another type.
  std::string_view text(int i) const;
  std::string_view blob(int i) const;

 private:
  void check(int rc) const;

  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
};

}  // namespace clerk::db
