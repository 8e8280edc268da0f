#include "clerk/diary/action_store.hpp"

#include "clerk/db/connection.hpp"
#include "clerk/diary/action_record.hpp"

namespace clerk::diary {
namespace {

// The spec's columns, then the owner's login and the owning contact's name.
const std::string& select_actions() {
  static const std::string sql = "SELECT " + action_record().select_list() +
                                 ", s.login, ct.name FROM diary_action a"
                                 " LEFT JOIN staff s ON s.id = a.owner_id"
                                 " LEFT JOIN contact ct ON ct.id = a.owner_contact_id";
  return sql;
}

Action from_row(db::Statement& q) {
  Action a = action_record().from_row(q);
  a.owner_login = q.column(action_record().size()).text();
  a.owner_contact_name = q.column(action_record().size() + 1).text();
  return a;
}

std::string placeholders(const char* prefix, size_t n) {
  std::string out;
  for (size_t i = 0; i < n; ++i) out += (i ? ", :" : ":") + std::string(prefix) + std::to_string(i);
  return out;
}

}  // namespace

std::optional<Action> find_action(db::Connection& db, int64_t id) {
  db::Statement q(db, select_actions() + " WHERE a.id = ?");
  q.bind(1, id);
  if (!q.step()) return std::nullopt;
  return from_row(q);
}

namespace {

// The filter's conditions, appended to a statement over `diary_action a`.
std::string where_clause(const ActionFilter& f) {
  std::string sql = " WHERE 1 = 1";
  if (f.owner_id)
    sql +=
        f.hidden ? " AND (a.owner_id IS NULL OR a.owner_id <> :owner)" : " AND a.owner_id = :owner";
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
  return sql;
}

void bind_filter(db::Statement& q, const ActionFilter& f) {
  if (f.owner_id) q.bind(":owner", *f.owner_id);
  if (f.owner_contact_id) q.bind(":owner_contact", *f.owner_contact_id);
  if (f.due_before) q.bind(":before", f.due_before->iso());
  for (size_t i = 0; i < f.owner_ids.size(); ++i) q.bind(":o" + std::to_string(i), f.owner_ids[i]);
  for (size_t i = 0; i < f.owner_contact_ids.size(); ++i)
    q.bind(":p" + std::to_string(i), f.owner_contact_ids[i]);
  for (size_t i = 0; i < f.case_refs.size(); ++i) q.bind(":c" + std::to_string(i), f.case_refs[i]);
  if (f.event_id) q.bind(":event", *f.event_id);
}

}  // namespace

void for_each_action(db::Connection& db, const ActionFilter& f,
                     const std::function<void(const Action&)>& each) {
  db::Statement q(db, select_actions() + where_clause(f) + " ORDER BY a.due_on, a.id");
  bind_filter(q, f);
  while (q.step()) each(from_row(q));
}

int64_t count_actions(db::Connection& db, const ActionFilter& f) {
  db::Statement q(db, "SELECT count(*) FROM diary_action a" + where_clause(f));
  bind_filter(q, f);
  q.step();
  return q.column(0).int64();
}

int64_t insert_action(db::Connection& db, const Action& a) { return action_record().insert(db, a); }

void update_action(db::Connection& db, const Action& a) { action_record().update(db, a); }

}  // namespace clerk::diary
