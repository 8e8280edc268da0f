#include "clerk/audit/row_image.hpp"

#include <fmt/format.h>
#include <sqlite3.h>

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

RowHasher::RowHasher(const db::RawStatement& stmt, int column_count) : encoder_("clerk-row-v1") {
  for (int i = 0; i < column_count; ++i) names_.emplace_back(stmt.column_name(i));
}

Digest RowHasher::hash(const db::RawStatement& stmt) {
  encoder_.restart("clerk-row-v1");
  for (int i = 0; i < int(names_.size()); ++i) {
    encoder_.field(names_[size_t(i)]);
    switch (stmt.type(i)) {
      case SQLITE_INTEGER:
        encoder_.field("i").field(stmt.int64(i));
        break;
      case SQLITE_FLOAT:
        encoder_.field("f").field(fmt::format("{:.17g}", stmt.real(i)));
        break;
      case SQLITE_TEXT:
        encoder_.field("t").field(stmt.text(i));
        break;
      case SQLITE_BLOB:
        encoder_.field("b").field(stmt.blob(i));
        break;
      default:
        encoder_.field("n");
        break;
    }
  }
  return hasher_.update(encoder_.bytes()).digest();
}

void for_each_row_hash(SQLite::Database& db, std::string_view entity, int64_t first_id,
                       int64_t last_id,
                       const std::function<void(int64_t id, const Digest& hash)>& each) {
  // Table names come from the fixed list, never from input.
  db::RawStatement q(db,
                     "SELECT * FROM " + table_of(entity) + " WHERE id BETWEEN ? AND ? ORDER BY id");
  q.bind(1, first_id);
  q.bind(2, last_id);
  RowHasher hasher(q, q.column_count());
  while (q.step()) each(q.int64(0), hasher.hash(q));
}

RowImage capture_row(SQLite::Database& db, std::string_view entity, int64_t id) {
  RowImage image{std::string(entity), id, false, "null", std::string(kTombstone)};
  db::RawStatement stmt(db, "SELECT * FROM " + table_of(entity) + " WHERE id = ?");
  stmt.bind(1, id);
  if (!stmt.step()) return image;
  image.exists = true;
  int n = stmt.column_count();
  // Hashed before the JSON reads the values as text: a conversion would change their types.
  image.hash = to_hex(RowHasher(stmt, n).hash(stmt));
  std::string json = "{";
  for (int i = 0; i < n; ++i) {
    if (i) json += ",";
    json::append_quoted(json, stmt.column_name(i));
    json += ":";
    switch (stmt.type(i)) {
      case SQLITE_INTEGER:
        json += std::to_string(stmt.int64(i));
        break;
      case SQLITE_FLOAT:
        json += fmt::format("{:.17g}", stmt.real(i));
        break;
      case SQLITE_NULL:
        json += "null";
        break;
      default:
        json::append_quoted(json, stmt.text(i));
    }
  }
  image.json = json + "}";
  return image;
}

}  // namespace clerk::audit
