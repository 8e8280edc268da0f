#include "clerk/privacy/retention_store.hpp"

#include <SQLiteCpp/Statement.h>

#include <algorithm>
#include <map>
#include <set>

#include "clerk/core/error.hpp"

namespace clerk::privacy {
namespace {

std::vector<DueRecord> due(SQLite::Database& db, const char* entity, const std::string& sql,
                           const std::string& bound) {
  SQLite::Statement q(db, sql);
  q.bind(1, bound);
  std::vector<DueRecord> out;
  while (q.executeStep())
    out.push_back({entity, q.getColumn(0).getInt64(), q.getColumn(1).getString(),
                   q.getColumn(2).getString()});
  return out;
}

struct Erasure {
  const char* table;
  const char* set;                    // the SET clause blanking personal fields
  std::vector<const char*> personal;  // the fields whose values are hunted in the trail
};

// Per entity: what anonymising it blanks. Fields kept are the statistics (dates, category,
// type, outcome, status, amounts, codes) and links by id.
const std::map<std::string, Erasure>& erasures() {
  static const std::map<std::string, Erasure> e = {
      {"contact",
       {"contact",
        "name = '[erased]', organisation = NULL, address = NULL, email = NULL, phone = NULL, "
        "notes = NULL, salutation = NULL",
        {"name", "organisation", "address", "email", "phone", "notes", "salutation"}}},
      {"case", {"cases", "subject = '[erased]'", {"subject"}}},
      {"case_event", {"case_event", "text = '[erased]', party = NULL", {"text", "party"}}},
      {"case_pause", {"case_pause", "reason = '[erased]'", {"reason"}}},
      {"diary_event",
       {"diary_event",
        "title = '[erased]', place = NULL, description = NULL, agenda = NULL, minutes = NULL",
        {"title", "place", "description", "agenda", "minutes"}}},
      {"diary_event_attendee", {"diary_event_attendee", "", {"name", "email"}}},
      {"diary_action",
       {"diary_action",
        "text = '[erased]', done_note = NULL, cancel_reason = NULL",
        {"text", "done_note", "cancel_reason"}}},
      {"diary_papers", {"diary_papers", "agenda = NULL, minutes = NULL", {"agenda", "minutes"}}},
      {"expense",
       {"expense",
        "description = '[erased]', receipt = NULL, from_place = NULL, to_place = NULL, "
        "reason = NULL, paid_by = NULL",
        {"description", "receipt", "from_place", "to_place", "reason"}}}};
  return e;
}

const Erasure& erasure(const std::string& entity) {
  auto it = erasures().find(entity);
  if (it == erasures().end())
    throw Error(ErrorKind::internal, "retention does not erase " + entity);
  return it->second;
}

}  // namespace

std::vector<DueRecord> due_cases(SQLite::Database& db, Date closed_before) {
  return due(db, "case", R"(
    SELECT id, ref, closed_on FROM cases
    WHERE status = 'closed' AND closed_on < ? AND subject <> '[erased]' ORDER BY id)",
             closed_before.iso());
}

std::vector<DueRecord> due_expenses(SQLite::Database& db, Date dated_up_to) {
  // Only settled items: a draft or an unpaid claim is still being handled.
  return due(db, "expense", R"(
    SELECT id, CAST(id AS TEXT), spent_on FROM expense
    WHERE spent_on <= ? AND status IN ('paid', 'rejected') AND description <> '[erased]'
    ORDER BY id)",
             dated_up_to.iso());
}

std::vector<DueRecord> due_diary_events(SQLite::Database& db, Date ended_before) {
  return due(db, "diary_event", R"(
    SELECT id, starts_at, last_day FROM diary_event
    WHERE last_day < ? AND title <> '[erased]' ORDER BY id)",
             ended_before.iso());
}

std::vector<DueRecord> due_contacts(SQLite::Database& db, const std::vector<int64_t>& cases,
                                    const std::vector<int64_t>& events) {
  std::set<int64_t> due_case(cases.begin(), cases.end());
  std::set<int64_t> due_event(events.begin(), events.end());
  std::set<int64_t> candidates;
  {
    SQLite::Statement q(db, "SELECT contact_id FROM cases WHERE id = ?");
    for (int64_t id : cases) {
      q.bind(1, id);
      if (q.executeStep()) candidates.insert(q.getColumn(0).getInt64());
      q.reset();
    }
  }
  SQLite::Statement their_cases(db, "SELECT id, subject FROM cases WHERE contact_id = ?");
  SQLite::Statement their_events(db, R"(
    SELECT e.id, e.title FROM diary_event_attendee a JOIN diary_event e ON e.id = a.event_id
    WHERE a.contact_id = ?)");
  SQLite::Statement contact(db, "SELECT name FROM contact WHERE id = ? AND name <> '[erased]'");
  std::vector<DueRecord> out;
  for (int64_t id : candidates) {
    bool all = true;
    for (auto* q : {&their_cases, &their_events}) {
      auto& done = q == &their_cases ? due_case : due_event;
      q->bind(1, id);
      while (q->executeStep())
        if (q->getColumn(1).getString() != kErased && !done.count(q->getColumn(0).getInt64()))
          all = false;
      q->reset();
    }
    contact.bind(1, id);
    if (all && contact.executeStep()) out.push_back({"contact", id, std::to_string(id), ""});
    contact.reset();
  }
  return out;
}

std::vector<int64_t> ids_where(SQLite::Database& db, const std::string& table,
                               const std::string& column, const std::string& value) {
  // Table and column names are fixed by the caller, never input.
  SQLite::Statement q(db, "SELECT id FROM " + table + " WHERE " + column + " = ? ORDER BY id");
  q.bind(1, value);
  std::vector<int64_t> out;
  while (q.executeStep()) out.push_back(q.getColumn(0).getInt64());
  return out;
}

std::vector<int64_t> ids_where(SQLite::Database& db, const std::string& table,
                               const std::string& column, int64_t value) {
  SQLite::Statement q(db, "SELECT id FROM " + table + " WHERE " + column + " = ? ORDER BY id");
  q.bind(1, value);
  std::vector<int64_t> out;
  while (q.executeStep()) out.push_back(q.getColumn(0).getInt64());
  return out;
}

std::vector<std::string> personal_values(SQLite::Database& db, const std::string& entity,
                                         int64_t id) {
  const Erasure& e = erasure(entity);
  std::string columns;
  for (const char* f : e.personal) columns += std::string(columns.empty() ? "" : ", ") + f;
  SQLite::Statement q(db, "SELECT " + columns + " FROM " + e.table + " WHERE id = ?");
  q.bind(1, id);
  std::vector<std::string> out;
  if (q.executeStep())
    for (int i = 0; i < q.getColumnCount(); ++i)
      if (!q.getColumn(i).isNull()) out.push_back(q.getColumn(i).getString());
  return out;
}

void erase_fields(SQLite::Database& db, const std::string& entity, int64_t id) {
  const Erasure& e = erasure(entity);
  SQLite::Statement q(db, std::string("UPDATE ") + e.table + " SET " + e.set + " WHERE id = ?");
  q.bind(1, id);
  q.exec();
  if (entity == "case_event") {
    // Timeline rows are indexed on insert only; the index keeps no copy once its row goes.
    SQLite::Statement fts(db, "DELETE FROM case_fts WHERE rowid = ?");
    fts.bind(1, -id);
    fts.exec();
  }
}

void delete_row(SQLite::Database& db, const std::string& entity, int64_t id) {
  SQLite::Statement q(db, std::string("DELETE FROM ") + erasure(entity).table + " WHERE id = ?");
  q.bind(1, id);
  q.exec();
}

std::vector<int64_t> entries_about(SQLite::Database& db, const std::string& entity, int64_t id) {
  SQLite::Statement q(db, R"(
    SELECT a.seq FROM audit_log a JOIN audit_payload p ON p.seq = a.seq
    WHERE a.entity = ? AND a.entity_id = ? AND a.entity_id_to IS NULL)");
  q.bind(1, entity);
  q.bind(2, id);
  std::vector<int64_t> out;
  while (q.executeStep()) out.push_back(q.getColumn(0).getInt64());
  return out;
}

std::vector<int64_t> entries_mentioning(SQLite::Database& db,
                                        const std::vector<std::string>& values,
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
    SQLite::Statement q(db,
                        "SELECT a.seq FROM audit_log a LEFT JOIN audit_payload p"
                        " ON p.seq = a.seq WHERE a.seq < ?1 AND (" +
                            any_body + " OR " + any_command + ")");
    q.bind(1, before_seq);
    for (size_t i = 0; i < n; ++i) q.bind(int(i) + 2, values[from + i]);
    while (q.executeStep()) out.push_back(q.getColumn(0).getInt64());
  }
  return out;
}

bool redact_entry(SQLite::Database& db, int64_t seq) {
  SQLite::Statement payload(db, "DELETE FROM audit_payload WHERE seq = ?");
  payload.bind(1, seq);
  payload.exec();
  // The one update the trail's triggers allow: blanking a v2 entry's command line.
  SQLite::Statement command(
      db, "UPDATE audit_log SET command = '' WHERE seq = ? AND command_commit IS NOT NULL");
  command.bind(1, seq);
  if (command.exec() > 0) return true;
  SQLite::Statement v1(db, "SELECT command = '' FROM audit_log WHERE seq = ?");
  v1.bind(1, seq);
  return v1.executeStep() && v1.getColumn(0).getInt() != 0;
}

void optimise_search_index(SQLite::Database& db) {
  db.exec("INSERT INTO case_fts (case_fts) VALUES ('optimize')");
}

}  // namespace clerk::privacy
