#include "clerk/people/contact_store.hpp"

#include <SQLiteCpp/Statement.h>

#include "clerk/db/columns.hpp"
#include "clerk/db/schema.hpp"

#include "clerk/core/text.hpp"

namespace clerk::people {
namespace {

constexpr const char* kColumns =
    "id, kind, name, organisation, address, email, phone, notes, created_on, salutation";

Contact from_row(SQLite::Statement& q) {
  Contact c;
  c.id = q.getColumn(0).getInt64();
  c.kind = parse_word<ContactKind>(q.getColumn(1).getString());
  c.name = q.getColumn(2).getString();
  c.organisation = q.getColumn(3).getString();
  c.address = q.getColumn(4).getString();
  c.email = q.getColumn(5).getString();
  c.phone = q.getColumn(6).getString();
  c.notes = q.getColumn(7).getString();
  c.created_on = Date::parse_iso(q.getColumn(8).getString(), "contact.created_on");
  c.salutation = q.getColumn(9).getString();
  return c;
}

void bind_fields(SQLite::Statement& q, const Contact& c) {
  q.bind(":kind", word(c.kind));
  q.bind(":name", c.name);
  db::bind_text_or_null(q, ":organisation", c.organisation);
  db::bind_text_or_null(q, ":address", c.address);
  db::bind_text_or_null(q, ":email", c.email);
  db::bind_text_or_null(q, ":phone", c.phone);
  db::bind_text_or_null(q, ":notes", c.notes);
  q.bind(":created", c.created_on.iso());
  db::bind_text_or_null(q, ":salutation", c.salutation);
}

// LIKE with our own escape character, so % and _ typed by a person match themselves.
std::string like_pattern(std::string_view word) {
  std::string out = "%";
  for (char c : word) {
    if (c == '%' || c == '_' || c == '\\') out += '\\';
    out += c;
  }
  return out + "%";
}

}  // namespace

std::optional<Contact> find_contact(SQLite::Database& db, int64_t id) {
  SQLite::Statement q(db, std::string("SELECT ") + kColumns + " FROM contact WHERE id = ?");
  q.bind(1, id);
  if (!q.executeStep()) return std::nullopt;
  return from_row(q);
}

std::vector<Contact> find_contacts_named(SQLite::Database& db, std::string_view name) {
  SQLite::Statement q(db, std::string("SELECT ") + kColumns +
                              " FROM contact WHERE name = ? COLLATE NOCASE ORDER BY id");
  q.bind(1, std::string(name));
  std::vector<Contact> out;
  while (q.executeStep()) out.push_back(from_row(q));
  return out;
}

void for_each_contact(SQLite::Database& db, const ContactFilter& filter,
                      const std::function<void(const Contact&)>& each) {
  std::string sql = std::string("SELECT ") + kColumns + " FROM contact WHERE 1 = 1";
  if (filter.kind) sql += " AND kind = :kind";
  std::vector<std::string> words;
  for (const auto& w : text::split(filter.query, ' '))
    if (!w.empty()) words.push_back(w);
  for (size_t i = 0; i < words.size(); ++i) {
    std::string p = ":w" + std::to_string(i);
    // Phone numbers and postcodes are written with and without spaces (07700 900123,
    // 07700900123, CF23 5EF, CF235EF): they are also compared with blanks and dashes taken out.
    std::string c = ":c" + std::to_string(i);
    sql += " AND (name LIKE " + p + " ESCAPE '\\' OR organisation LIKE " + p +
           " ESCAPE '\\' OR email LIKE " + p + " ESCAPE '\\' OR phone LIKE " + p +
           " ESCAPE '\\' OR address LIKE " + p + " ESCAPE '\\' OR notes LIKE " + p +
           " ESCAPE '\\' OR replace(replace(phone, ' ', ''), '-', '') LIKE " + c +
           " ESCAPE '\\' OR replace(replace(address, ' ', ''), '-', '') LIKE " + c +
           " ESCAPE '\\')";
  }
  sql += " ORDER BY name COLLATE NOCASE, id";
  if (filter.limit > 0) sql += " LIMIT " + std::to_string(filter.limit);
  SQLite::Statement q(db, sql);
  if (filter.kind) q.bind(":kind", word(*filter.kind));
  for (size_t i = 0; i < words.size(); ++i) {
    q.bind(":w" + std::to_string(i), like_pattern(words[i]));
    std::string compact;
    for (char ch : words[i])
      if (ch != '-') compact += ch;
    q.bind(":c" + std::to_string(i), like_pattern(compact));
  }
  while (q.executeStep()) each(from_row(q));
}

std::vector<std::string> contact_names(SQLite::Database& db, int limit) {
  SQLite::Statement q(db, "SELECT name FROM contact ORDER BY name COLLATE NOCASE LIMIT ?");
  q.bind(1, limit);
  std::vector<std::string> out;
  while (q.executeStep()) out.push_back(q.getColumn(0).getString());
  return out;
}

constexpr const char* kInsertContact = R"(
    INSERT INTO contact (kind, name, organisation, address, email, phone, notes, created_on,
                         salutation)
    VALUES (:kind, :name, :organisation, :address, :email, :phone, :notes, :created,
            :salutation))";

int64_t insert_contact(SQLite::Database& db, const Contact& c) {
  SQLite::Statement q(db, kInsertContact);
  bind_fields(q, c);
  q.exec();
  return db.getLastInsertRowid();
}

const std::vector<std::string>& contact_table_columns() {
  static const std::vector<std::string> columns = db::column_names(kColumns);
  return columns;
}

std::vector<trail::StoredValue> contact_values(const Contact& c) {
  using trail::stored_text_or_null;
  return {c.id,
          word(c.kind),
          c.name,
          stored_text_or_null(c.organisation),
          stored_text_or_null(c.address),
          stored_text_or_null(c.email),
          stored_text_or_null(c.phone),
          stored_text_or_null(c.notes),
          c.created_on.iso(),
          stored_text_or_null(c.salutation)};
}

ContactMatcher::ContactMatcher(SQLite::Database& db)
    // By email when there is one (indexed: a common name is shared by many contacts).
    : find_by_email_(std::make_unique<SQLite::Statement>(
          db,
          "SELECT id FROM contact WHERE email = ? AND name = ? COLLATE NOCASE "
          "ORDER BY id LIMIT 1")),
      find_(std::make_unique<SQLite::Statement>(
          db,
          "SELECT id FROM contact WHERE name = ? COLLATE NOCASE AND email IS NULL "
          "ORDER BY id LIMIT 1")) {}

ContactMatcher::~ContactMatcher() = default;

std::string ContactMatcher::key(const std::string& name, const std::string& email) {
  return std::to_string(name.size()) + ':' + text::lower(name) + email;
}

std::optional<int64_t> ContactMatcher::find(const std::string& name, const std::string& email) {
  SQLite::Statement& q = email.empty() ? *find_ : *find_by_email_;
  q.reset();
  if (email.empty()) {
    q.bind(1, name);
  } else {
    q.bind(1, email);
    q.bind(2, name);
  }
  if (q.executeStep()) return q.getColumn(0).getInt64();
  auto it = created_.find(key(name, email));
  if (it == created_.end()) return std::nullopt;
  return it->second;
}

void ContactMatcher::created(const std::string& name, const std::string& email, int64_t id) {
  created_.emplace(key(name, email), id);
}

void update_contact(SQLite::Database& db, const Contact& c) {
  SQLite::Statement q(db, R"(
    UPDATE contact SET kind = :kind, name = :name, organisation = :organisation,
                       address = :address, email = :email, phone = :phone, notes = :notes,
                       created_on = :created, salutation = :salutation
    WHERE id = :id)");
  bind_fields(q, c);
  q.bind(":id", c.id);
  q.exec();
}

void delete_contact(SQLite::Database& db, int64_t id) {
  SQLite::Statement q(db, "DELETE FROM contact WHERE id = ?");
  q.bind(1, id);
  q.exec();
}

const std::vector<std::pair<std::string, std::string>>& contact_references() {
  static const std::vector<std::pair<std::string, std::string>> refs = [] {
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& t : db::schema_tables())
      for (const auto& r : t.contact_references)
        if (r.merge == db::OnMerge::repoint)
          out.emplace_back(std::string(t.entity), std::string(r.column));
    return out;
  }();
  return refs;
}

}  // namespace clerk::people
