// The current row's columns read straight from SQLite's statement when the statement is
// SQLite's, with no virtual call, else through db::Value: for loops that read tens of millions
// of columns (audit verify's walk), where db::Statement's one virtual call per read costs 8%.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <string_view>

#include "clerk/db/connection.hpp"

namespace clerk::db {

// SQLite's storage class (sqlite3_column_type) as a ValueType.
inline ValueType value_type(int sqlite_type) {
  switch (sqlite_type) {
    case SQLITE_INTEGER:
      return ValueType::integer;
    case SQLITE_FLOAT:
      return ValueType::real;
    case SQLITE_NULL:
      return ValueType::null;
    case SQLITE_BLOB:
      return ValueType::blob;
    default:
      return ValueType::text;
  }
}

class ColumnReader {
 public:
  // `statement` must outlive the reader; its handle stays the same across steps and resets.
  explicit ColumnReader(const Statement& statement)
      : s_(statement), raw_(static_cast<sqlite3_stmt*>(statement.sqlite_handle())) {}

  bool is_null(int i) const {
    return raw_ ? sqlite3_column_type(raw_, i) == SQLITE_NULL : s_.column(i).is_null();
  }
  int64_t int64(int i) const { return raw_ ? sqlite3_column_int64(raw_, i) : s_.column(i).int64(); }
  double real(int i) const { return raw_ ? sqlite3_column_double(raw_, i) : s_.column(i).real(); }
  // Valid until the statement steps or resets.
  std::string_view text(int i) const {
    if (!raw_) return s_.column(i).view();
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(raw_, i));
    return p ? std::string_view(p, size_t(sqlite3_column_bytes(raw_, i))) : std::string_view();
  }
  std::string_view blob(int i) const {
    if (!raw_) return s_.column(i).blob();
    const auto* p = static_cast<const char*>(sqlite3_column_blob(raw_, i));
    return p ? std::string_view(p, size_t(sqlite3_column_bytes(raw_, i))) : std::string_view();
  }
  ValueType type(int i) const {
    return raw_ ? value_type(sqlite3_column_type(raw_, i)) : s_.column(i).type();
  }

 private:
  const Statement& s_;
  sqlite3_stmt* raw_;
};

}  // namespace clerk::db
