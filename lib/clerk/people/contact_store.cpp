#include "clerk/people/contact_store.hpp"

#include <algorithm>

#include "clerk/db/columns.hpp"
#include "clerk/db/connection.hpp"
#include "clerk/db/schema.hpp"

#include "clerk/core/text.hpp"
#include "clerk/people/contact_merge_store.hpp"

namespace clerk::people {
namespace {

Contact from_row(db::Statement& q) { return contact_record().from_row(q); }

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

std::optional<Contact> find_contact(db::Connection& db, int64_t id) {
  db::Statement q(db, "SELECT " + contact_record().select_list() + " FROM contact ct WHERE id = ?");
  q.bind(1, id);
  if (!q.step()) return std::nullopt;
  return from_row(q);
}

std::vector<Contact> find_contacts_named(db::Connection& db, std::string_view name) {
  db::Statement q(db, "SELECT " + contact_record().select_list() +
                          " FROM contact ct WHERE name = ? COLLATE NOCASE ORDER BY id");
  q.bind(1, std::string(name));
  std::vector<Contact> out;
  while (q.step()) out.push_back(from_row(q));
  return out;
}

void for_each_contact(db::Connection& db, const ContactFilter& filter,
                      const std::function<void(const Contact&)>& each) {
  std::string sql = "SELECT " + contact_record().select_list() + " FROM contact ct WHERE 1 = 1";
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
  db::Statement q(db, sql);
  if (filter.kind) q.bind(":kind", word(*filter.kind));
  for (size_t i = 0; i < words.size(); ++i) {
    q.bind(":w" + std::to_string(i), like_pattern(words[i]));
    std::string compact;
    for (char ch : words[i])
      if (ch != '-') compact += ch;
    q.bind(":c" + std::to_string(i), like_pattern(compact));
  }
  while (q.step()) each(from_row(q));
}

std::vector<std::string> contact_names(db::Connection& db, int limit) {
  db::Statement q(db, "SELECT name FROM contact ORDER BY name COLLATE NOCASE LIMIT ?");
  q.bind(1, limit);
  std::vector<std::string> out;
  while (q.step()) out.push_back(q.column(0).text());
  return out;
}

const db::RecordSpec<Contact>& contact_record() {
  using db::field, db::Transfer, db::EmptyText;
  static const db::RecordSpec<Contact> spec(
      "contact", "ct",
      {field<&Contact::id>("id", Transfer::not_carried), field<&Contact::kind>("kind"),
       field<&Contact::name>("name", Transfer::required),
       field<&Contact::organisation>("organisation", Transfer::carried, EmptyText::null),
       field<&Contact::address>("address", Transfer::carried, EmptyText::null),
       field<&Contact::email>("email", Transfer::carried, EmptyText::null),
       field<&Contact::phone>("phone", Transfer::carried, EmptyText::null),
       field<&Contact::notes>("notes", Transfer::carried, EmptyText::null),
       field<&Contact::created_on>("created_on"),
       field<&Contact::salutation>("salutation", Transfer::carried, EmptyText::null)});
  return spec;
}

int64_t next_contact_id(db::Connection& db) {
  int64_t highest = db.query_int("SELECT coalesce(max(id), 0) FROM contact");
  return std::max(highest, highest_merged_contact_id(db)) + 1;
}

int64_t insert_contact(db::Connection& db, Contact c) {
  // SQLite would give the new row the highest id + 1, which is a merged contact's id when that
  // contact had the highest: subject access would then take the new person for the old one.
  c.id = next_contact_id(db);
  contact_record().insert_with_id(db, c);
  return c.id;
}

ContactMatcher::ContactMatcher(db::Connection& db)
    // By email when there is one (indexed: a common name is shared by many contacts).
    : find_by_email_(std::make_unique<db::Statement>(
          db,
          "SELECT id FROM contact WHERE email = ? AND name = ? COLLATE NOCASE "
          "ORDER BY id LIMIT 1")),
      find_(std::make_unique<db::Statement>(
          db,
          "SELECT id FROM contact WHERE name = ? COLLATE NOCASE AND email IS NULL "
          "ORDER BY id LIMIT 1")) {}

ContactMatcher::~ContactMatcher() = default;

std::string ContactMatcher::key(const std::string& name, const std::string& email) {
  return std::to_string(name.size()) + ':' + text::lower(name) + email;
}

std::optional<int64_t> ContactMatcher::find(const std::string& name, const std::string& email) {
  db::Statement& q = email.empty() ? *find_ : *find_by_email_;
  q.reset();
  if (email.empty()) {
    q.bind(1, name);
  } else {
    q.bind(1, email);
    q.bind(2, name);
  }
  if (q.step()) return q.column(0).int64();
  auto it = created_.find(key(name, email));
  if (it == created_.end()) return std::nullopt;
  return it->second;
}

void ContactMatcher::created(const std::string& name, const std::string& email, int64_t id) {
  created_.emplace(key(name, email), id);
}

void update_contact(db::Connection& db, const Contact& c) { contact_record().update(db, c); }

void delete_contact(db::Connection& db, int64_t id) {
  db::Statement q(db, "DELETE FROM contact WHERE id = ?");
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
