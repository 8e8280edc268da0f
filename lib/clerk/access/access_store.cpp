#include "clerk/access/access_store.hpp"

#include <SQLiteCpp/Statement.h>
#include <SQLiteCpp/Transaction.h>

#include <algorithm>

namespace clerk::access {

void insert_access(SQLite::Database& db, const AccessEntry& e, std::vector<int64_t> contact_ids) {
  std::sort(contact_ids.begin(), contact_ids.end());
  contact_ids.erase(std::unique(contact_ids.begin(), contact_ids.end()), contact_ids.end());
  SQLite::Transaction tx(db, SQLite::TransactionBehavior::IMMEDIATE);
  SQLite::Statement ins(db, R"(
    INSERT INTO access_log (ts_utc, actor, command, what, records)
    VALUES (:ts, :actor, :command, :what, :records))");
  ins.bind(":ts", e.ts_utc);
  ins.bind(":actor", e.actor);
  ins.bind(":command", e.command);
  ins.bind(":what", e.what);
  ins.bind(":records", e.records);
  ins.exec();
  int64_t id = db.getLastInsertRowid();
  SQLite::Statement who(db, "INSERT INTO access_log_contact (contact_id, access_id) VALUES (?, ?)");
  for (int64_t contact : contact_ids) {
    who.bind(1, contact);
    who.bind(2, id);
    who.exec();
    who.reset();
  }
  tx.commit();
}

void for_each_access(SQLite::Database& db, const AccessFilter& f,
                     const std::function<void(const LoggedAccess&)>& each) {
  std::string sql = R"(
    SELECT a.id, a.ts_utc, a.actor, a.command, a.what, a.records,
           (SELECT group_concat(contact_id, ' ') FROM
              (SELECT contact_id FROM access_log_contact WHERE access_id = a.id
               ORDER BY contact_id))
    FROM access_log a WHERE 1 = 1)";
  if (!f.contact_ids.empty()) {
    std::string ids;
    for (size_t i = 0; i < f.contact_ids.size(); ++i)
      ids += (i ? ", :contact" : ":contact") + std::to_string(i);
    sql +=
        " AND a.id IN (SELECT access_id FROM access_log_contact WHERE contact_id IN (" + ids + "))";
  }
  if (!f.actor.empty()) sql += " AND a.actor = :actor";
  if (!f.since.empty()) sql += " AND a.ts_utc >= :since";
  sql += " ORDER BY a.id";
  SQLite::Statement q(db, sql);
  for (size_t i = 0; i < f.contact_ids.size(); ++i)
    q.bind(":contact" + std::to_string(i), f.contact_ids[i]);
  if (!f.actor.empty()) q.bind(":actor", f.actor);
  if (!f.since.empty()) q.bind(":since", f.since);
  while (q.executeStep()) {
    each({q.getColumn(0).getInt64(),
          {q.getColumn(1).getString(), q.getColumn(2).getString(), q.getColumn(3).getString(),
           q.getColumn(4).getString(), q.getColumn(5).getInt64()},
          q.getColumn(6).getString()});
  }
}

int64_t count_access_before(SQLite::Database& db, const std::string& ts_utc) {
  SQLite::Statement q(db, "SELECT count(*) FROM access_log WHERE ts_utc < ?");
  q.bind(1, ts_utc);
  q.executeStep();
  return q.getColumn(0).getInt64();
}

int64_t delete_access_before(SQLite::Database& db, const std::string& ts_utc) {
  SQLite::Statement who(db, R"(
    DELETE FROM access_log_contact
    WHERE access_id IN (SELECT id FROM access_log WHERE ts_utc < ?))");
  who.bind(1, ts_utc);
  who.exec();
  SQLite::Statement q(db, "DELETE FROM access_log WHERE ts_utc < ?");
  q.bind(1, ts_utc);
  return q.exec();
}

}  // namespace clerk::access
