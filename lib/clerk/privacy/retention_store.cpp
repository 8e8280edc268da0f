#include "clerk/privacy/retention_store.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "clerk/core/error.hpp"
#include "clerk/core/json.hpp"
#include "clerk/db/connection.hpp"
#include "clerk/db/full_text.hpp"
#include "clerk/db/schema.hpp"

namespace clerk::privacy {
namespace {

std::vector<DueRecord> due(db::Connection& db, const char* entity, const std::string& sql,
                           const std::string& bound) {
  db::Statement q(db, sql);
  q.bind(1, bound);
  std::vector<DueRecord> out;
  while (q.step())
    out.push_back({entity, q.column(0).int64(), q.column(1).text(), q.column(2).text()});
  return out;
}

struct Erasure {
  std::string table;
  std::string set;                    // the SET clause blanking personal fields
  std::vector<std::string> personal;  // the fields whose values are hunted in the trail
  bool deletes_row = false;
};

// Per audited entity with personal columns retention erases: what anonymising a row blanks,
// from the schema registry. Fields kept are the statistics (dates, category, type, outcome,
// status, amounts, codes) and links by id.
const std::map<std::string, Erasure>& erasures() {
  static const std::map<std::string, Erasure> e = [] {
    std::map<std::string, Erasure> out;
    for (const auto& t : db::schema_tables()) {
      if (!t.audited()) continue;
      Erasure erasure{std::string(t.name), "", {}, t.retention_deletes_rows()};
      bool erased = false;
      for (const auto& p : t.personal) {
        if (p.erase == db::Erase::keep) continue;
        erased = true;
        if (p.copies == db::TrailCopies::redacted) erasure.personal.emplace_back(p.column);
        if (p.erase == db::Erase::with_row) continue;
        if (!erasure.set.empty()) erasure.set += ", ";
        erasure.set +=
            std::string(p.column) +
            (p.erase == db::Erase::mark ? " = '" + std::string(kErased) + "'" : " = NULL");
      }
      if (erased) out.emplace(std::string(t.entity), std::move(erasure));
    }
    return out;
  }();
  return e;
}

const Erasure& erasure(const std::string& entity) {
  auto it = erasures().find(entity);
  if (it == erasures().end())
    throw Error(ErrorKind::internal, "retention does not erase " + entity);
  return it->second;
}

}  // namespace

std::vector<DueRecord> due_cases(db::Connection& db, Date closed_before) {
  return due(db, "case", R"(
    SELECT id, ref, closed_on FROM cases
    WHERE status = 'closed' AND closed_on < ? AND subject <> '[erased]' ORDER BY id)",
             closed_before.iso());
}

std::vector<DueRecord> due_expenses(db::Connection& db, Date dated_up_to) {
  // Only settled items: a draft or an unpaid claim is still being handled.
  return due(db, "expense", R"(
    SELECT id, CAST(id AS TEXT) AS label, spent_on FROM expense
    WHERE spent_on <= ? AND status IN ('paid', 'rejected') AND description <> '[erased]'
    ORDER BY id)",
             dated_up_to.iso());
}

std::vector<DueRecord> due_diary_events(db::Connection& db, Date ended_before) {
  return due(db, "diary_event", R"(
    SELECT id, starts_at, last_day FROM diary_event
    WHERE last_day < ? AND title <> '[erased]' ORDER BY id)",
             ended_before.iso());
}

std::vector<DueRecord> due_contacts(db::Connection& db, const std::vector<int64_t>& cases,
                                    const std::vector<int64_t>& events) {
  std::set<int64_t> due_case(cases.begin(), cases.end());
  std::set<int64_t> due_event(events.begin(), events.end());
  std::set<int64_t> candidates;
  {
    db::Statement q(db, "SELECT contact_id FROM cases WHERE id = ?");
    for (int64_t id : cases) {
      q.bind(1, id);
      if (q.step()) candidates.insert(q.column(0).int64());
      q.reset();
    }
  }
  db::Statement their_cases(db, "SELECT id, subject FROM cases WHERE contact_id = ?");
  db::Statement their_events(db, R"(
    SELECT e.id, e.title FROM diary_event_attendee a JOIN diary_event e ON e.id = a.event_id
    WHERE a.contact_id = ?)");
  db::Statement contact(db, "SELECT name FROM contact WHERE id = ? AND name <> '[erased]'");
  std::vector<DueRecord> out;
  for (int64_t id : candidates) {
    bool all = true;
    for (auto* q : {&their_cases, &their_events}) {
      auto& done = q == &their_cases ? due_case : due_event;
      q->bind(1, id);
      while (q->step())
        if (q->column(1).text() != kErased && !done.count(q->column(0).int64())) all = false;
      q->reset();
    }
    contact.bind(1, id);
    if (all && contact.step()) out.push_back({"contact", id, std::to_string(id), ""});
    contact.reset();
  }
  return out;
}

std::vector<int64_t> ids_where(db::Connection& db, const std::string& table,
                               const std::string& column, const std::string& value) {
  // Table and column names are fixed by the caller, never input.
  db::Statement q(db, "SELECT id FROM " + table + " WHERE " + column + " = ? ORDER BY id");
  q.bind(1, value);
  std::vector<int64_t> out;
  while (q.step()) out.push_back(q.column(0).int64());
  return out;
}

std::vector<int64_t> ids_where(db::Connection& db, const std::string& table,
                               const std::string& column, int64_t value) {
  db::Statement q(db, "SELECT id FROM " + table + " WHERE " + column + " = ? ORDER BY id");
  q.bind(1, value);
  std::vector<int64_t> out;
  while (q.step()) out.push_back(q.column(0).int64());
  return out;
}

std::vector<std::string> personal_values(db::Connection& db, const std::string& entity,
                                         int64_t id) {
  const Erasure& e = erasure(entity);
  std::string columns;
  for (const auto& f : e.personal) columns += (columns.empty() ? "" : ", ") + f;
  db::Statement q(db, "SELECT " + columns + " FROM " + e.table + " WHERE id = ?");
  q.bind(1, id);
  std::vector<std::string> out;
  if (q.step())
    for (int i = 0; i < q.column_count(); ++i)
      if (!q.column(i).is_null()) out.push_back(q.column(i).text());
  return out;
}

std::vector<std::string> personal_values_in_trail(db::Connection& db, const std::string& entity,
                                                  int64_t id) {
  const Erasure& e = erasure(entity);
  // The payloads are read here rather than by the database's own JSON functions, which differ
  // between backends.
  db::Statement q(db, R"(
    SELECT p.body FROM audit_log a JOIN audit_payload p ON p.seq = a.seq
    WHERE a.entity = ? AND a.entity_id = ? AND a.entity_id_to IS NULL)");
  q.bind(1, entity);
  q.bind(2, id);
  std::vector<std::string> out;
  while (q.step()) {
    const json::Value body = json::parse(q.column(0).view(), "audit payload");
    if (!body.is_object()) continue;
    for (const char* image : {"before", "after"}) {
      // An anonymised row's before image is the string "redacted": it has no fields.
      const json::Value* row = body.find(image);
      if (!row || !row->is_object()) continue;
      for (const auto& f : e.personal) {
        const json::Value* v = row->find(f);
        if (!v) continue;
        if (v->is_string())
          out.push_back(v->string());
        else if (const auto* n = std::get_if<json::Value::Number>(&v->data))
          out.push_back(n->text);
      }
    }
  }
  return out;
}

bool retention_deletes(const std::string& entity) { return erasure(entity).deletes_row; }

void erase_fields(db::Connection& db, const std::string& entity, int64_t id) {
  const Erasure& e = erasure(entity);
  if (e.deletes_row) throw Error(ErrorKind::internal, "retention deletes " + entity + " rows");
  db::Statement q(db, "UPDATE " + e.table + " SET " + e.set + " WHERE id = ?");
  q.bind(1, id);
  q.exec();
  if (entity == "case_event") {
    // Timeline rows are indexed on insert only; the index keeps no copy once its row goes.
    db::Statement fts(db, "DELETE FROM case_fts WHERE rowid = ?");
    fts.bind(1, -id);
    fts.exec();
  }
}

void delete_row(db::Connection& db, const std::string& entity, int64_t id) {
  db::Statement q(db, "DELETE FROM " + erasure(entity).table + " WHERE id = ?");
  q.bind(1, id);
  q.exec();
}

std::vector<int64_t> entries_about(db::Connection& db, const std::string& entity, int64_t id) {
  db::Statement q(db, R"(
    SELECT a.seq FROM audit_log a JOIN audit_payload p ON p.seq = a.seq
    WHERE a.entity = ? AND a.entity_id = ? AND a.entity_id_to IS NULL)");
  q.bind(1, entity);
  q.bind(2, id);
  std::vector<int64_t> out;
  while (q.step()) out.push_back(q.column(0).int64());
  return out;
}

std::vector<int64_t> entries_mentioning(db::Connection& db, const std::vector<std::string>& values,
                                        int64_t before_seq) {
  constexpr size_t kPerScan = 200;  // well under SQLite's limit on bound parameters
  std::vector<int64_t> out;
  for (size_t from = 0; from < values.size(); from += kPerScan) {
    size_t n = std::min(kPerScan, values.size() - from);
    std::string any_body, any_command;
    for (size_t i = 1; i <= n; ++i) {
      std::string p = "?" + std::to_string(i + 1);
      any_body += (i > 1 ? " OR " : "") + ("instr(p.body, " + p + ") > 0");
      any_command += (i > 1 ? " OR " : "") + ("instr(a.command, " + p + ") > 0");
    }
    db::Statement q(db,
                    "SELECT a.seq FROM audit_log a LEFT JOIN audit_payload p"
                    " ON p.seq = a.seq WHERE a.seq < ?1 AND (" +
                        any_body + " OR " + any_command + ")");
    q.bind(1, before_seq);
    for (size_t i = 0; i < n; ++i) q.bind(int(i) + 2, values[from + i]);
    while (q.step()) out.push_back(q.column(0).int64());
  }
  return out;
}

bool redact_entry(db::Connection& db, int64_t seq) {
  if (db.backend() == db::Backend::postgres) {
    // The same steps, in a function that runs as the schema owner: no role has UPDATE or
    // DELETE on the trail in team mode (clerk db grants).
    db::Statement redact(db, "SELECT clerk_redact_entry(?)::integer");
    redact.bind(1, seq);
    return redact.step() && redact.column(0).as_int() != 0;
  }
  db::Statement payload(db, "DELETE FROM audit_payload WHERE seq = ?");
  payload.bind(1, seq);
  payload.exec();
  // The one update the trail's triggers allow: blanking a v2 entry's command line.
  db::Statement command(
      db, "UPDATE audit_log SET command = '' WHERE seq = ? AND command_commit IS NOT NULL");
  command.bind(1, seq);
  if (command.exec() > 0) return true;
  db::Statement v1(db, "SELECT command = '' FROM audit_log WHERE seq = ?");
  v1.bind(1, seq);
  return v1.step() && v1.column(0).as_int() != 0;
}

void optimise_search_index(db::Connection& db) { db::FullTextIndex(db, "case_fts").optimise(db); }

}  // namespace clerk::privacy
