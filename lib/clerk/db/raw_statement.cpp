#include "clerk/db/raw_statement.hpp"

#include <SQLiteCpp/Exception.h>

namespace clerk::db {

RawStatement::RawStatement(SQLite::Database& db, const std::string& sql) : db_(db.getHandle()) {
  check(sqlite3_prepare_v2(db_, sql.c_str(), int(sql.size()), &stmt_, nullptr));
}

RawStatement::~RawStatement() { sqlite3_finalize(stmt_); }

void RawStatement::check(int rc) const {
  if (rc != SQLITE_OK) throw SQLite::Exception(db_, rc);
}

bool RawStatement::step() {
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  throw SQLite::Exception(db_, rc);
}

void RawStatement::exec() {
  int rc = sqlite3_step(stmt_);
  sqlite3_reset(stmt_);
  if (rc != SQLITE_DONE && rc != SQLITE_ROW) throw SQLite::Exception(db_, rc);
}

void RawStatement::reset() { sqlite3_reset(stmt_); }

void RawStatement::bind(int index, int64_t value) {
  check(sqlite3_bind_int64(stmt_, index, value));
}

void RawStatement::bind(int index, double value) {
  check(sqlite3_bind_double(stmt_, index, value));
}

void RawStatement::bind(int index, std::string_view text) {
  // An empty view may have no data at all; SQLite would bind that as NULL, not ''.
  check(sqlite3_bind_text(stmt_, index, text.data() ? text.data() : "", int(text.size()),
                          SQLITE_TRANSIENT));
}

void RawStatement::bind_static(int index, std::string_view text) {
  check(sqlite3_bind_text(stmt_, index, text.data(), int(text.size()), SQLITE_STATIC));
}

void RawStatement::bind_blob(int index, const void* data, size_t size) {
  check(sqlite3_bind_blob(stmt_, index, data, int(size), SQLITE_TRANSIENT));
}

void RawStatement::bind_null(int index) { check(sqlite3_bind_null(stmt_, index)); }

std::string_view RawStatement::text(int i) const {
  const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, i));
  return p ? std::string_view(p, size_t(sqlite3_column_bytes(stmt_, i))) : std::string_view();
}

std::string_view RawStatement::blob(int i) const {
  const auto* p = static_cast<const char*>(sqlite3_column_blob(stmt_, i));
  return p ? std::string_view(p, size_t(sqlite3_column_bytes(stmt_, i))) : std::string_view();
}

}  // namespace clerk::db
