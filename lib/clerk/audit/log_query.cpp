#include "clerk/audit/log_query.hpp"

#include <algorithm>
#include <charconv>

#include "clerk/core/error.hpp"
#include "clerk/core/text.hpp"
#include "clerk/db/connection.hpp"
#include "clerk/trail/row_image.hpp"

namespace clerk::audit {

std::pair<std::string, std::optional<int64_t>> parse_entity_ref(std::string_view text) {
  auto colon = text.find(':');
  std::string entity(text.substr(0, colon));
  const auto entities = trail::audited_entities();
  if (std::find(entities.begin(), entities.end(), entity) == entities.end())
    throw Error(ErrorKind::bad_data, "'" + entity + "' is not a kind of record; use one of " +
                                         text::join(entities, ", ") + " (optionally :ID)")
        .field("entity")
        .suggest(text::near_misses(entity, entities));
  if (colon == std::string_view::npos) return {entity, std::nullopt};
  std::string_view id_text = text.substr(colon + 1);
  int64_t id = 0;
  auto [end, ec] = std::from_chars(id_text.data(), id_text.data() + id_text.size(), id);
  if (ec != std::errc() || end != id_text.data() + id_text.size())
    throw Error(ErrorKind::bad_data, "'" + std::string(id_text) + "' is not a record id")
        .field("entity");
  return {entity, id};
}

std::vector<render::Column> log_columns(bool payload) {
  using render::Kind;
  std::vector<render::Column> cols = {{"seq", "Seq", Kind::integer},
                                      {"ts_utc", "When (UTC)", Kind::timestamp},
                                      {"actor", "User", Kind::text},
                                      {"action", "Action", Kind::text},
                                      {"entity", "Record", Kind::text},
                                      {"entity_id", "ID", Kind::integer},
                                      {"entity_id_to", "To ID", Kind::integer},
                                      {"command", "Command", Kind::text},
                                      {"redacted", "Redacted", Kind::boolean}};
  if (payload) cols.push_back({"payload", "Before/after", Kind::text});
  return cols;
}

void for_each_log_row(db::Connection& db, const LogFilter& f,
                      const std::function<void(const std::vector<render::Cell>&)>& each) {
  std::string where = " WHERE 1 = 1";
  if (!f.entity.empty()) where += " AND a.entity = :entity";
  if (f.entity_id)
    where += " AND (a.entity_id = :id OR (a.entity_id <= :id AND a.entity_id_to >= :id))";
  if (!f.user.empty()) where += " AND a.actor = :user";
  if (f.since) where += " AND a.ts_utc >= :since";
  if (!f.action.empty()) where += " AND a.action = :action";
  std::string sql =
      "SELECT a.seq, a.ts_utc, a.actor, a.action, a.entity, a.entity_id, a.entity_id_to, a.command,"
      " p.seq IS NULL, p.body FROM audit_log a LEFT JOIN audit_payload p ON p.seq = a.seq" +
      where;
  if (f.limit > 0)
    sql = "SELECT * FROM (" + sql + " ORDER BY a.seq DESC LIMIT " + std::to_string(f.limit) +
          ") AS latest ORDER BY 1";
  else
    sql += " ORDER BY a.seq";
  db::Statement q(db, sql);
  if (!f.entity.empty()) q.bind(":entity", f.entity);
  if (f.entity_id) q.bind(":id", *f.entity_id);
  if (!f.user.empty()) q.bind(":user", f.user);
  if (f.since) q.bind(":since", f.since->iso());
  if (!f.action.empty()) q.bind(":action", f.action);
  std::vector<render::Cell> row;
  while (q.step()) {
    row.clear();
    auto opt_int = [&](int i) {
      return q.column(i).is_null() ? render::Cell() : render::Cell(q.column(i).int64());
    };
    row.push_back(q.column(0).int64());
    row.push_back(q.column(1).text());
    row.push_back(q.column(2).text());
    row.push_back(q.column(3).text());
    row.push_back(q.column(4).text());
    row.push_back(opt_int(5));
    row.push_back(opt_int(6));
    row.push_back(q.column(7).text());
    row.push_back(q.column(8).as_int() != 0);
    if (f.payload)
      row.push_back(q.column(9).is_null() ? render::Cell() : render::Cell(q.column(9).text()));
    each(row);
  }
}

}  // namespace clerk::audit
