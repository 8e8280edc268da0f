#include "clerk/audit/row_image.hpp"

#include <algorithm>

#include <fmt/format.h>
#include <sqlite3.h>

#include "clerk/audit/encoding.hpp"
#include "clerk/audit/sha256.hpp"
#include "clerk/core/error.hpp"
#include "clerk/core/json_text.hpp"

namespace clerk::audit {

const std::vector<std::string>& audited_tables() {
  static const std::vector<std::string> tables = {"staff",
                                                  "contact",
                                                  "holiday",
                                                  "diary_event",
                                                  "diary_event_change",
                                                  "diary_event_attendee",
                                                  "diary_event_case",
                                                  "diary_action"};
  return tables;
}

std::string row_hash(SQLite::Statement& stmt, int column_count) {
  Encoder enc("clerk-row-v1");
  for (int i = 0; i < column_count; ++i) {
    SQLite::Column col = stmt.getColumn(i);
    enc.field(col.getName());
    switch (col.getType()) {
      case SQLITE_INTEGER:
        enc.field("i").field(col.getInt64());
        break;
      case SQLITE_FLOAT:
        enc.field("f").field(fmt::format("{:.17g}", col.getDouble()));
        break;
      case SQLITE_TEXT:
        enc.field("t").field(std::string_view(col.getText(), size_t(col.getBytes())));
        break;
      case SQLITE_BLOB:
        enc.field("b").field(
            std::string_view(static_cast<const char*>(col.getBlob()), size_t(col.getBytes())));
        break;
      default:
        enc.field("n");
        break;
    }
  }
  return sha256_hex(enc.bytes());
}

namespace {

void require_audited(std::string_view table) {
  const auto& tables = audited_tables();
  if (std::find(tables.begin(), tables.end(), table) == tables.end())
    throw Error(ErrorKind::internal, "table is not audited: " + std::string(table));
}

}  // namespace

std::vector<std::pair<int64_t, std::string>> hash_rows(SQLite::Database& db, std::string_view table,
                                                       int64_t first_id, int64_t last_id) {
  require_audited(table);
  SQLite::Statement q(
      db, "SELECT * FROM " + std::string(table) + " WHERE id BETWEEN ? AND ? ORDER BY id");
  q.bind(1, first_id);
  q.bind(2, last_id);
  std::vector<std::pair<int64_t, std::string>> out;
  int n = q.getColumnCount();
  while (q.executeStep()) out.emplace_back(q.getColumn(0).getInt64(), row_hash(q, n));
  return out;
}

RowImage capture_row(SQLite::Database& db, std::string_view table, int64_t id) {
  require_audited(table);
  RowImage image{std::string(table), id, false, "null", std::string(kTombstone)};
  // The table name comes from the fixed list above, never from input.
  SQLite::Statement stmt(db, "SELECT * FROM " + std::string(table) + " WHERE id = ?");
  stmt.bind(1, id);
  if (!stmt.executeStep()) return image;
  image.exists = true;
  int n = stmt.getColumnCount();
  std::string json = "{";
  for (int i = 0; i < n; ++i) {
    SQLite::Column col = stmt.getColumn(i);
    if (i) json += ",";
    json::append_quoted(json, col.getName());
    json += ":";
    switch (col.getType()) {
      case SQLITE_INTEGER:
        json += std::to_string(col.getInt64());
        break;
      case SQLITE_FLOAT:
        json += fmt::format("{:.17g}", col.getDouble());
        break;
      case SQLITE_NULL:
        json += "null";
        break;
      default:
        json::append_quoted(json, std::string_view(col.getText(), size_t(col.getBytes())));
    }
  }
  image.json = json + "}";
  image.hash = row_hash(stmt, n);
  return image;
}

}  // namespace clerk::audit
