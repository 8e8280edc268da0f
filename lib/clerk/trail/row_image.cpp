#include "clerk/trail/row_image.hpp"

#include <algorithm>

#include <fmt/format.h>
#include <sqlite3.h>

#include "clerk/core/error.hpp"
#include "clerk/core/json_text.hpp"
#include "clerk/db/column_reader.hpp"
#include "clerk/db/schema.hpp"

namespace clerk::trail {

const std::vector<AuditedTable>& audited_tables() {
  static const std::vector<AuditedTable> tables = [] {
    std::vector<AuditedTable> out;
    for (const auto& t : db::schema_tables())
      if (t.audited()) out.push_back({std::string(t.entity), std::string(t.name)});
    return out;
  }();
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

// One column of the canonical row encoding: its name, its storage class and its value.
void encode_integer(Encoder& enc, std::string_view name, int64_t v) {
  enc.field(name).field("i").field(v);
}
void encode_text(Encoder& enc, std::string_view name, std::string_view v) {
  enc.field(name).field("t").field(v);
}
void encode_null(Encoder& enc, std::string_view name) { enc.field(name).field("n"); }
void encode_real(Encoder& enc, std::string_view name, double v) {
  enc.field(name).field("f").field(fmt::format("{:.17g}", v));
}

}  // namespace

bool added_to_existing_table(std::string_view column) {
  // The name alone says which table: the registry's test checks no other table has a column of
  // that name (and that tests/bench/clerk_audit.py lists the same names).
  static const std::vector<std::string_view> added = [] {
    std::vector<std::string_view> out;
    for (const auto& t : db::schema_tables())
      out.insert(out.end(), t.added_columns.begin(), t.added_columns.end());
    return out;
  }();
  return std::find(added.begin(), added.end(), column) != added.end();
}

RowHasher::RowHasher(const db::RawStatement& stmt, int column_count) : encoder_("clerk-row-v1") {
  for (int i = 0; i < column_count; ++i) {
    names_.emplace_back(stmt.column_name(i));
    late_.push_back(added_to_existing_table(names_.back()));
  }
}

RowHasher::RowHasher(const db::Statement& stmt) : encoder_("clerk-row-v1") {
  for (int i = 0; i < stmt.column_count(); ++i) {
    names_.emplace_back(stmt.column_name(i));
    late_.push_back(added_to_existing_table(names_.back()));
  }
}

Digest RowHasher::hash(const db::Statement& stmt) {
  encoder_.restart("clerk-row-v1");
  const db::ColumnReader v(stmt);
  for (int i = 0; i < int(names_.size()); ++i) {
    const std::string& name = names_[size_t(i)];
    switch (v.type(i)) {
      case db::ValueType::integer:
        encode_integer(encoder_, name, v.int64(i));
        break;
      case db::ValueType::real:
        encode_real(encoder_, name, v.real(i));
        break;
      case db::ValueType::text:
        encode_text(encoder_, name, v.text(i));
        break;
      case db::ValueType::blob:
        encoder_.field(name).field("b").field(v.blob(i));
        break;
      case db::ValueType::null:
        // As below.
        if (!late_[size_t(i)]) encode_null(encoder_, name);
        break;
    }
  }
  return hasher_.update(encoder_.bytes()).digest();
}

Digest RowHasher::hash(const db::RawStatement& stmt) {
  encoder_.restart("clerk-row-v1");
  for (int i = 0; i < int(names_.size()); ++i) {
    const std::string& name = names_[size_t(i)];
    switch (stmt.type(i)) {
      case SQLITE_INTEGER:
        encode_integer(encoder_, name, stmt.int64(i));
        break;
      case SQLITE_FLOAT:
        encode_real(encoder_, name, stmt.real(i));
        break;
      case SQLITE_TEXT:
        encode_text(encoder_, name, stmt.text(i));
        break;
      case SQLITE_BLOB:
        encoder_.field(name).field("b").field(stmt.blob(i));
        break;
      default:
        // A column added after rows were hashed counts only once it holds a value, so every
        // row written before it still verifies.
        if (!late_[size_t(i)]) encode_null(encoder_, name);
        break;
    }
  }
  return hasher_.update(encoder_.bytes()).digest();
}

ValueRowHasher::ValueRowHasher(db::Connection& db, std::string_view entity,
                               const std::vector<std::string>& columns)
    : encoder_("clerk-row-v1") {
  // Table names come from the fixed list, never from input. Stepped once, so every backend
  // has described its columns.
  db::Statement q(db, "SELECT * FROM " + table_of(entity) + " LIMIT 0");
  q.step();
  for (int i = 0; i < q.column_count(); ++i) {
    std::string name(q.column_name(i));
    auto it = std::find(columns.begin(), columns.end(), name);
    if (it == columns.end())
      throw Error(ErrorKind::internal,
                  "a bulk load of " + std::string(entity) + " does not give column " + name);
    from_.push_back(size_t(it - columns.begin()));
    late_.push_back(added_to_existing_table(name));
    names_.push_back(std::move(name));
  }
  if (names_.size() != columns.size())
    throw Error(ErrorKind::internal,
                "a bulk load of " + std::string(entity) + " gives a column the table lacks");
}

Digest ValueRowHasher::hash(const std::vector<StoredValue>& values) {
  encoder_.restart("clerk-row-v1");
  for (size_t k = 0; k < names_.size(); ++k) {
    const StoredValue& v = values[from_[k]];
    if (const auto* n = std::get_if<int64_t>(&v))
      encode_integer(encoder_, names_[k], *n);
    else if (const auto* t = std::get_if<std::string>(&v))
      encode_text(encoder_, names_[k], *t);
    else if (const auto* r = std::get_if<double>(&v))
      encode_real(encoder_, names_[k], *r);
    else if (!late_[k])
      encode_null(encoder_, names_[k]);
  }
  return hasher_.update(encoder_.bytes()).digest();
}

RowImage capture_row(db::Connection& db, std::string_view entity, int64_t id) {
  RowImage image{std::string(entity), id, false, "null", std::string(kTombstone)};
  db::Statement stmt(db, "SELECT * FROM " + table_of(entity) + " WHERE id = ?");
  stmt.bind(1, id);
  if (!stmt.step()) return image;
  image.exists = true;
  int n = stmt.column_count();
  image.hash = to_hex(RowHasher(stmt).hash(stmt));
  std::string json = "{";
  for (int i = 0; i < n; ++i) {
    if (i) json += ",";
    json::append_quoted(json, stmt.column_name(i));
    json += ":";
    db::Value v = stmt.column(i);
    switch (v.type()) {
      case db::ValueType::integer:
        json += std::to_string(v.int64());
        break;
      case db::ValueType::real:
        json += fmt::format("{:.17g}", v.real());
        break;
      case db::ValueType::null:
        json += "null";
        break;
      default:
        json::append_quoted(json, v.view());
    }
  }
  image.json = json + "}";
  return image;
}

}  // namespace clerk::trail
