#include "clerk/diary/action_store.hpp"

#include <SQLiteCpp/Statement.h>

namespace clerk::diary {
namespace {

constexpr const char* kSelect = R"(
  SELECT a.id, a.text, a.owner_id, s.login, a.due_on, a.event_id, a.case_ref, a.created_on,
         a.done_on, a.done_note, a.owner_contact_id, ct.name, a.cancelled_on, a.cancel_reason
  FROM diary_action a LEFT JOIN staff s ON s.id = a.owner_id
                      LEFT JOIN contact ct ON ct.id = a.owner_contact_id)";

Action from_row(SQLite::Statement& q) {
  Action a;
  a.id = q.getColumn(0).getInt64();
  a.text = q.getColumn(1).getString();
  a.owner_id = q.getColumn(2).isNull() ? 0 : q.getColumn(2).getInt64();
  a.owner_login = q.getColumn(3).getString();
  a.due_on = Date::parse_iso(q.getColumn(4).getString(), "diary_action.due_on");
  if (!q.getColumn(5).isNull()) a.event_id = q.getColumn(5).getInt64();
  if (!q.getColumn(6).isNull()) a.case_ref = q.getColumn(6).getString();
  a.created_on = Date::parse_iso(q.getColumn(7).getString(), "diary_action.created_on");
  if (!q.getColumn(8).isNull())
    a.done_on = Date::parse_iso(q.getColumn(8).getString(), "diary_action.done_on");
  if (!q.getColumn(9).isNull()) a.done_note = q.getColumn(9).getString();
  if (!q.getColumn(10).isNull()) a.owner_contact_id = q.getColumn(10).getInt64();
  a.owner_contact_name = q.getColumn(11).getString();
  if (!q.getColumn(12).isNull())
    a.cancelled_on = Date::parse_iso(q.getColumn(12).getString(), "diary_action.cancelled_on");
  a.cancel_reason = q.getColumn(13).getString();
  return a;
}

void bind_fields(SQLite::Statement& q, const Action& a) {
  q.bind(":text", a.text);
  if (a.owner_id)
    q.bind(":owner", a.owner_id);
  else
    q.bind(":owner");
  if (a.owner_contact_id)
    q.bind(":owner_contact", *a.owner_contact_id);
  else
    q.bind(":owner_contact");
  if (a.cancelled_on)
    q.bind(":cancelled", a.cancelled_on->iso());
  else
    q.bind(":cancelled");
  if (a.cancel_reason.empty())
    q.bind(":reason");
  else
    q.bind(":reason", a.cancel_reason);
  q.bind(":due", a.due_on.iso());
  if (a.event_id)
    q.bind(":event", *a.event_id);
  else
    q.bind(":event");
  if (a.case_ref.empty())
    q.bind(":case");
  else
    q.bind(":case", a.case_ref);
  q.bind(":created", a.created_on.iso());
  if (a.done_on)
    q.bind(":done", a.done_on->iso());
  else
    q.bind(":done");
  if (a.done_note.empty())
    q.bind(":note");
  else
    q.bind(":note", a.done_note);
}

std::string placeholders(const char* prefix, size_t n) {
  std::string out;
  for (size_t i = 0; i < n; ++i) out += (i ? ", :" : ":") + std::string(prefix) + std::to_string(i);
  return out;
}

}  // namespace

std::optional<Action> find_action(SQLite::Database& db, int64_t id) {
  SQLite::Statement q(db, std::string(kSelect) + " WHERE a.id = ?");
  q.bind(1, id);
  if (!q.executeStep()) return std::nullopt;
  return from_row(q);
}

void for_each_action(SQLite::Database& db, const ActionFilter& f,
                     const std::function<void(const Action&)>& each) {
  std::string sql = std::string(kSelect) + " WHERE 1 = 1";
  if (f.owner_id) sql += " AND a.owner_id = :owner";
  if (f.owner_contact_id) sql += " AND a.owner_contact_id = :owner_contact";
  if (f.open_only || f.due_before) sql += " AND a.done_on IS NULL AND a.cancelled_on IS NULL";
  if (f.due_before) sql += " AND a.due_on < :before";
  // The briefing's "touching any of": owners, cases, or the meeting itself.
  std::vector<std::string> any;
  if (!f.owner_ids.empty())
    any.push_back("a.owner_id IN (" + placeholders("o", f.owner_ids.size()) + ")");
  if (!f.owner_contact_ids.empty())
    any.push_back("a.owner_contact_id IN (" + placeholders("p", f.owner_contact_ids.size()) + ")");
  if (!f.case_refs.empty())
    any.push_back("a.case_ref IN (" + placeholders("c", f.case_refs.size()) + ")");
  if (f.event_id) any.push_back("a.event_id = :event");
  if (!any.empty()) {
    sql += " AND (" + any.front();
    for (size_t i = 1; i < any.size(); ++i) sql += " OR " + any[i];
    sql += ")";
  }
  sql += " ORDER BY a.due_on, a.id";
  SQLite::Statement q(db, sql);
  if (f.owner_id) q.bind(":owner", *f.owner_id);
  if (f.owner_contact_id) q.bind(":owner_contact", *f.owner_contact_id);
  if (f.due_before) q.bind(":before", f.due_before->iso());
  for (size_t i = 0; i < f.owner_ids.size(); ++i) q.bind(":o" + std::to_string(i), f.owner_ids[i]);
  for (size_t i = 0; i < f.owner_contact_ids.size(); ++i)
    q.bind(":p" + std::to_string(i), f.owner_contact_ids[i]);
  for (size_t i = 0; i < f.case_refs.size(); ++i) q.bind(":c" + std::to_string(i), f.case_refs[i]);
  if (f.event_id) q.bind(":event", *f.event_id);
  while (q.executeStep()) each(from_row(q));
}

int64_t insert_action(SQLite::Database& db, const Action& a) {
  SQLite::Statement q(db, R"(
    INSERT INTO diary_action (text, owner_id, due_on, event_id, case_ref, created_on, done_on,
                              done_note, owner_contact_id, cancelled_on, cancel_reason)
    VALUES (:text, :owner, :due, :event, :case, :created, :done, :note, :owner_contact,
            :cancelled, :reason))");
  bind_fields(q, a);
  q.exec();
  return db.getLastInsertRowid();
}

void update_action(SQLite::Database& db, const Action& a) {
  SQLite::Statement q(db, R"(
    UPDATE diary_action SET text = :text, owner_id = :owner, due_on = :due, event_id = :event,
                            case_ref = :case, created_on = :created, done_on = :done,
                            done_note = :note, owner_contact_id = :owner_contact,
                            cancelled_on = :cancelled, cancel_reason = :reason
    WHERE id = :id)");
  bind_fields(q, a);
  q.bind(":id", a.id);
  q.exec();
}

}  // namespace clerk::diary
