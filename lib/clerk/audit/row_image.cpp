#include "clerk/audit/row_image.hpp"

#include <fmt/format.h>
#include <sqlite3.h>

#include "clerk/audit/encoding.hpp"
#include "clerk/audit/sha256.hpp"
#include "clerk/core/error.hpp"
#include "clerk/core/json_text.hpp"

namespace clerk::audit {

const std::vector<AuditedTable>& audited_tables() {
  static const std::vector<AuditedTable> tables = {{"staff", "staff"},
                                                   {"contact", "contact"},
                                                   {"holiday", "holiday"},
                                                   {"case", "cases"},
                                                   {"case_event", "case_event"},
                                                   {"case_pause", "case_pause"},
                                                   {"expense_budget", "expense_budget"},
                                                   {"expense_payment", "expense_payment"},
                                                   {"expense", "expense"},
                                                   {"diary_event", "diary_event"},
                                                   {"diary_event_change", "diary_event_change"},
                                                   {"diary_event_attendee", "diary_event_attendee"},
                                                   {"diary_event_case", "diary_event_case"},
                                                   {"diary_action", "diary_action"},
                                                   {"payment_schedule", "payment_schedule"},
                                                   {"statement_audit", "statement_audit"}};
  return tables;
}

std::vector<std::string> audited_entities() {
  std::vector<std::string> out;
  for (const auto& t : audited_tables()) out.push_back(t.entity);
  return out;
}

const std::string& table_of(std::string_view entity) {
  for (const auto& t : audited_tables())
    if (t.entity == entity) return t.table;
  throw Error(ErrorKind::internal, "not an audited kind of record: " + std::string(entity));
}

namespace {

std::string encode_row(SQLite::Statement& stmt, int column_count) {
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
  return enc.bytes();
}

}  // namespace

std::string row_hash(SQLite::Statement& stmt, int column_count) {
  return sha256_hex(encode_row(stmt, column_count));
}

void for_each_row_hash(SQLite::Database& db, std::string_view entity, int64_t first_id,
                       int64_t last_id,
                       const std::function<void(int64_t id, const std::string& hash)>& each) {
  // Table names come from the fixed list, never from input.
  SQLite::Statement q(
      db, "SELECT * FROM " + table_of(entity) + " WHERE id BETWEEN ? AND ? ORDER BY id");
  q.bind(1, first_id);
  q.bind(2, last_id);
  int n = q.getColumnCount();
  Sha256 hasher;  // one hasher for the scan: setting one up per row costs more than the hash
  while (q.executeStep())
    each(q.getColumn(0).getInt64(), hasher.update(encode_row(q, n)).hex_digest());
}

RowImage capture_row(SQLite::Database& db, std::string_view entity, int64_t id) {
  RowImage image{std::string(entity), id, false, "null", std::string(kTombstone)};
  SQLite::Statement stmt(db, "SELECT * FROM " + table_of(entity) + " WHERE id = ?");
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
