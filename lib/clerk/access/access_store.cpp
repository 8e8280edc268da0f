#include "clerk/access/access_store.hpp"

#include <algorithm>

#include "clerk/db/connection.hpp"

namespace clerk::access {

void insert_access(db::Connection& db, const AccessEntry& e, std::vector<int64_t> contact_ids) {
  std::sort(contact_ids.begin(), contact_ids.end());
  contact_ids.erase(std::unique(contact_ids.begin(), contact_ids.end()), contact_ids.end());
  db::Transaction tx(db, db::TransactionKind::write);
  db::Statement ins(db, R"(
    INSERT INTO access_log (ts_utc, actor, command, what, records)
    VALUES (:ts, :actor, :command, :what, :records))");
  ins.bind(":ts", e.ts_utc);
  ins.bind(":actor", e.actor);
  ins.bind(":command", e.command);
  ins.bind(":what", e.what);
  ins.bind(":records", e.records);
  ins.exec();
  int64_t id = db.last_insert_id();
  db::Statement who(db, "INSERT INTO access_log_contact (contact_id, access_id) VALUES (?, ?)");
  for (int64_t contact : contact_ids) {
    who.bind(1, contact);
    who.bind(2, id);
    who.exec();
    who.reset();
  }
  tx.commit();
}

void for_each_access(db::Connection& db, const AccessFilter& f,
                     const std::function<void(const LoggedAccess&)>& each) {
  std::string sql = R"(
    SELECT a.id, a.ts_utc, a.actor, a.command, a.what, a.records,
           (SELECT group_concat(CAST(contact_id AS TEXT), ' ') FROM
              (SELECT contact_id FROM access_log_contact WHERE access_id = a.id
               ORDER BY contact_id) AS ids)
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
  db::Statement q(db, sql);
  for (size_t i = 0; i < f.contact_ids.size(); ++i)
    q.bind(":contact" + std::to_string(i), f.contact_ids[i]);
  if (!f.actor.empty()) q.bind(":actor", f.actor);
  if (!f.since.empty()) q.bind(":since", f.since);
  while (q.step()) {
    each({q.column(0).int64(),
          {q.column(1).text(), q.column(2).text(), q.column(3).text(), q.column(4).text(),
           q.column(5).int64()},
          q.column(6).text()});
  }
}

int64_t count_access_before(db::Connection& db, const std::string& ts_utc) {
  db::Statement q(db, "SELECT count(*) FROM access_log WHERE ts_utc < ?");
  q.bind(1, ts_utc);
  q.step();
  return q.column(0).int64();
}

int64_t delete_access_before(db::Connection& db, const std::string& ts_utc) {
  if (db.backend() == db::Backend::postgres) {
    // In a function that runs as the schema owner: the access log is part of the trail, on
    // which no role has DELETE in team mode (clerk db grants).
    db::Statement prune(db, "SELECT clerk_prune_access_log(?)");
    prune.bind(1, ts_utc);
    prune.step();
    return prune.column(0).int64();
  }
  db::Statement who(db, R"(
    DELETE FROM access_log_contact
    WHERE access_id IN (SELECT id FROM access_log WHERE ts_utc < ?))");
  who.bind(1, ts_utc);
  who.exec();
  db::Statement q(db, "DELETE FROM access_log WHERE ts_utc < ?");
  q.bind(1, ts_utc);
  return q.exec();
}

}  // namespace clerk::access
