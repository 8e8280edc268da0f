#include "clerk/casework/case_store.hpp"

#include "clerk/casework/case_record.hpp"
#include "clerk/db/columns.hpp"
#include "clerk/db/connection.hpp"
#include "clerk/db/full_text.hpp"
#include "clerk/db/sqlite_connection.hpp"

#include "clerk/core/error.hpp"
#include "clerk/core/snippet.hpp"

namespace clerk::casework {
namespace {

Case case_from_row(db::Statement& q) { return case_record().from_row(q); }

TimelineEntry event_from_row(db::Statement& q) {
  TimelineEntry e;
  e.id = q.column(0).int64();
  e.case_id = q.column(1).int64();
  e.on_date = Date::parse_iso(q.column(2).text(), "on_date");
  e.kind = q.column(3).text();
  e.direction = q.column(4).text();
  e.channel = q.column(5).text();
  e.party = q.column(6).text();
  e.text = q.column(7).text();
  e.actor = q.column(8).text();
  return e;
}

// Words a search result's snippet shows around its matches.
constexpr int kSnippetWords = 10;

constexpr const char* kEventColumns =
    "id, case_id, on_date, kind, direction, channel, party, text, actor";

}  // namespace

const EnumWords& enum_words(CaseSort) {
  static const EnumWords w{"sort", {"received", "due", "priority", "ref", "relevance"}};
  return w;
}

std::optional<Case> find_case(db::Connection& db, int64_t id) {
  db::Statement q(db, "SELECT " + case_record().select_list() + " FROM cases c WHERE c.id = ?");
  q.bind(1, id);
  if (!q.step()) return std::nullopt;
  return case_from_row(q);
}

std::optional<Case> find_case_by_ref(db::Connection& db, int year, int seq) {
  db::Statement q(db, "SELECT " + case_record().select_list() +
                          " FROM cases c WHERE c.ref_year = ? AND c.ref_seq = ?");
  q.bind(1, year);
  q.bind(2, seq);
  if (!q.step()) return std::nullopt;
  return case_from_row(q);
}

std::optional<Case> find_case_facts(db::Connection& db, int64_t id) {
  db::Statement q(db, "SELECT " + case_facts().sql() + " FROM case_facts f WHERE f.id = ?");
  q.bind(1, id);
  if (!q.step()) return std::nullopt;
  Case c;
  case_facts().read(q, c);
  return c;
}

std::optional<Case> find_case_facts_by_ref(db::Connection& db, int year, int seq) {
  db::Statement q(db, "SELECT " + case_facts().sql() +
                          " FROM case_facts f WHERE f.ref_year = ? AND f.ref_seq = ?");
  q.bind(1, year);
  q.bind(2, seq);
  if (!q.step()) return std::nullopt;
  Case c;
  case_facts().read(q, c);
  return c;
}

int next_ref_seq(db::Connection& db, int year) {
  db::Statement q(db, "SELECT coalesce(max(ref_seq), 0) + 1 FROM case_facts WHERE ref_year = ?");
  q.bind(1, year);
  q.step();
  return q.column(0).as_int();
}

// An upsert both backends read alike (SQLite's INSERT OR REPLACE is its own).
constexpr const char* kStoreDeadline = R"(
    INSERT INTO case_deadline (case_id, next_due_on, next_due_kind, ack_due_on, response_due_on)
    VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (case_id) DO UPDATE SET next_due_on = excluded.next_due_on,
      next_due_kind = excluded.next_due_kind, ack_due_on = excluded.ack_due_on,
      response_due_on = excluded.response_due_on)";

void bind_deadline(db::Statement& q, int64_t case_id, const Deadlines& d) {
  q.bind(1, case_id);
  q.bind(2, d.next_due.iso());
  q.bind(3, d.next_kind);
  if (d.ack_due)
    q.bind(4, d.ack_due->iso());
  else
    q.bind_null(4);
  q.bind(5, d.response_due.iso());
}

int64_t insert_case(db::Connection& db, const Case& c) { return case_record().insert(db, c); }

CaseRefs::CaseRefs(db::Connection& db)
    : max_seq_(db, "SELECT coalesce(max(ref_seq), 0) FROM case_facts WHERE ref_year = ?"),
      exists_(db, "SELECT 1 FROM case_facts WHERE ref_year = ? AND ref_seq = ?") {}

int CaseRefs::max_seq(int year) {
  max_seq_.reset();
  max_seq_.bind(1, year);
  max_seq_.step();
  return max_seq_.column(0).as_int();
}

bool CaseRefs::ref_exists(int year, int seq) {
  exists_.reset();
  exists_.bind(1, year);
  exists_.bind(2, seq);
  return exists_.step();
}

CaseBulk::CaseBulk(db::Connection& db)
    : db_(db),
      rows_(db, "case", case_record().column_names()),
      deadlines_(db, "case_deadline",
                 {"case_id", "next_due_on", "next_due_kind", "ack_due_on", "response_due_on"}),
      existing_(case_count(db)),
      next_id_(db.query_int("SELECT coalesce(max(id), 0) + 1 FROM case_facts")) {
  if (db.backend() != db::Backend::sqlite) return;
  // FTS5 writes out its pending terms at every statement a trigger runs on it; PostgreSQL's
  // trigger adds a row to an ordinary table, and stays.
  search_trigger_.emplace(db::sqlite(db), "trigger", "cases", "cases_fts_insert");
  // Sorting for rebuilt indexes may use a second core.
  db.exec("PRAGMA threads = 2");
}

void CaseBulk::insert(int64_t id, const std::vector<trail::StoredValue>& values, const Digest& hash,
                      const std::optional<Deadlines>& d) {
  // The statements are prepared again by SQLite on their next step after the indexes go.
  // (PostgreSQL's COPY keeps its indexes: it fills them as fast as it would rebuild them.)
  if (search_trigger_ && !indexes_ && ++inserted_ > existing_ && inserted_ >= kRebuildFrom)
    indexes_.emplace(db::sqlite(db_), "index", "cases");
  rows_.insert(id, values, hash);
  if (!d) return;
  deadlines_.add({id, d->next_due.iso(), d->next_kind, db::stored_optional(d->ack_due),
                  d->response_due.iso()});
}

void CaseBulk::flush() {
  rows_.flush();
  deadlines_.flush();  // after the cases they refer to
}

void CaseBulk::finish() {
  flush();
  if (search_trigger_) {
    search_trigger_->restore();
    if (rows_.first_id()) index_for_search(db_, *rows_.first_id(), rows_.last_id());
  }
  if (indexes_) indexes_->restore();
}

int64_t case_count(db::Connection& db) { return db.query_int("SELECT count(*) FROM case_facts"); }

void index_for_search(db::Connection& db, int64_t first, int64_t last) {
  db::Statement q(db, R"(
    INSERT INTO case_fts (rowid, body)
    SELECT id, body FROM case_search_text WHERE id BETWEEN ? AND ?)");
  q.bind(1, first);
  q.bind(2, last);
  q.exec();
}

void update_case(db::Connection& db, const Case& c) { case_record().update(db, c); }

int64_t insert_event(db::Connection& db, const TimelineEntry& e) {
  db::Statement q(db, R"(
    INSERT INTO case_event (case_id, on_date, kind, direction, channel, party, text, actor)
    VALUES (:case, :on, :kind, :direction, :channel, :party, :text, :actor))");
  q.bind(":case", e.case_id);
  q.bind(":on", e.on_date.iso());
  q.bind(":kind", e.kind);
  db::bind_text_or_null(q, ":direction", e.direction);
  db::bind_text_or_null(q, ":channel", e.channel);
  db::bind_text_or_null(q, ":party", e.party);
  q.bind(":text", e.text);
  q.bind(":actor", e.actor);
  q.exec();
  return db.last_insert_id();
}

std::vector<TimelineEntry> timeline(db::Connection& db, int64_t case_id) {
  db::Statement q(db, std::string("SELECT ") + kEventColumns +
                          " FROM case_event WHERE case_id = ? ORDER BY on_date, id");
  q.bind(1, case_id);
  std::vector<TimelineEntry> out;
  while (q.step()) out.push_back(event_from_row(q));
  return out;
}

std::optional<TimelineEntry> latest_correspondence(db::Connection& db, int64_t case_id) {
  db::Statement q(db,
                  std::string("SELECT ") + kEventColumns +
                      " FROM case_event WHERE case_id = ? AND kind IN ('correspondence', 'letter')"
                      " ORDER BY on_date DESC, id DESC LIMIT 1");
  q.bind(1, case_id);
  if (!q.step()) return std::nullopt;
  return event_from_row(q);
}

std::vector<StoredPause> pauses(db::Connection& db, int64_t case_id) {
  db::Statement q(
      db, "SELECT id, paused_on, resumed_on, reason FROM case_pause WHERE case_id = ? ORDER BY id");
  q.bind(1, case_id);
  std::vector<StoredPause> out;
  while (q.step())
    out.push_back(
        {q.column(0).int64(),
         {Date::parse_iso(q.column(1).text(), "paused_on"), db::optional_date(q.column(2))},
         q.column(3).text()});
  return out;
}

int64_t insert_pause(db::Connection& db, int64_t case_id, Date on, const std::string& reason) {
  db::Statement q(db, "INSERT INTO case_pause (case_id, paused_on, reason) VALUES (?, ?, ?)");
  q.bind(1, case_id);
  q.bind(2, on.iso());
  q.bind(3, reason);
  q.exec();
  return db.last_insert_id();
}

void set_resumed(db::Connection& db, int64_t pause_id, Date on) {
  db::Statement q(db, "UPDATE case_pause SET resumed_on = ? WHERE id = ?");
  q.bind(1, on.iso());
  q.bind(2, pause_id);
  q.exec();
}

bool is_shared_with(db::Connection& db, int64_t case_id, int64_t staff_id) {
  db::Statement q(db, "SELECT 1 FROM case_share WHERE case_id = ? AND staff_id = ?");
  q.bind(1, case_id);
  q.bind(2, staff_id);
  return q.step();
}

int64_t insert_share(db::Connection& db, int64_t case_id, int64_t staff_id, Date on) {
  db::Statement q(db, "INSERT INTO case_share (case_id, staff_id, shared_on) VALUES (?, ?, ?)");
  q.bind(1, case_id);
  q.bind(2, staff_id);
  q.bind(3, on.iso());
  q.exec();
  return db.last_insert_id();
}

void store_deadline(db::Connection& db, int64_t case_id, const std::optional<Deadlines>& d) {
  if (!d) {
    db::Statement del(db, "DELETE FROM case_deadline WHERE case_id = ?");
    del.bind(1, case_id);
    del.exec();
    return;
  }
  db::Statement q(db, kStoreDeadline);
  bind_deadline(q, case_id, *d);
  q.exec();
}

void for_each_open_case(db::Connection& db,
                        const std::function<void(const Case&, const std::vector<Pause>&)>& each) {
  db::Statement q(db,
                  "SELECT " + case_facts().sql() + " FROM case_facts f WHERE f.status != 'closed'");
  db::Statement pauses(db,
                       "SELECT paused_on, resumed_on FROM case_pause_facts WHERE case_id = ?"
                       " ORDER BY id");
  std::vector<Pause> ps;
  while (q.step()) {
    Case c;
    case_facts().read(q, c);
    ps.clear();
    pauses.reset();
    pauses.bind(1, c.id);
    while (pauses.step())
      ps.push_back({Date::parse_iso(pauses.column(0).text(), "paused_on"),
                    db::optional_date(pauses.column(1))});
    each(c, ps);
  }
}

std::string stored_deadline_fingerprint(db::Connection& db) {
  db::Statement q(db, "SELECT value FROM meta WHERE key = 'deadline_fingerprint'");
  return q.step() ? q.column(0).text() : std::string();
}

void store_deadline_fingerprint(db::Connection& db, const std::string& fingerprint) {
  db::Statement q(db, R"(
    INSERT INTO meta (key, value) VALUES ('deadline_fingerprint', ?)
    ON CONFLICT (key) DO UPDATE SET value = excluded.value)");
  q.bind(1, fingerprint);
  q.exec();
}

namespace {

// The conditions of `f` but its search words, after " WHERE 1 = 1", on the cases aliased `c` and
// their deadline `d`; with `scoped`, only the cases the viewer may see.
std::string filter_conditions(const CaseFilter& f, bool scoped) {
  std::string sql;
  // A repeated filter option matches any of its values: `--type foi --type sar`.
  auto any_of = [&sql](const char* column, const char* param, size_t count) {
    if (count == 0) return;
    sql += std::string(" AND ") + column + " IN (";
    for (size_t i = 0; i < count; ++i) sql += (i ? ", :" : ":") + (param + std::to_string(i));
    sql += ")";
  };
  any_of("c.status", "st", f.statuses.size());
  any_of("c.type", "type", f.types.size());
  any_of("c.category", "category", f.categories.size());
  any_of("c.assignee_id", "assignee", f.assignee_ids.size());
  if (f.contact_id) sql += " AND c.contact_id = :contact";
  if (f.marking) sql += " AND c.marking = :marking";
  any_of("c.priority", "priority", f.priorities.size());
  if (f.opened_from) sql += " AND c.received_on >= :opened_from";
  if (f.opened_to) sql += " AND c.received_on <= :opened_to";
  if (f.closed_from) sql += " AND c.closed_on >= :closed_from";
  if (f.closed_to) sql += " AND c.closed_on <= :closed_to";
  if (f.due_by) sql += " AND d.next_due_on <= :due_by";
  if (scoped && f.scope == CaseScope::assigned)
    sql += " AND coalesce(c.assignee_id, 0) = :viewer";
  else if (scoped && f.scope == CaseScope::sensitive_limited)
    sql +=
        " AND (c.marking <> 'OFFICIAL-SENSITIVE' OR coalesce(c.assignee_id, 0) = :viewer"
        " OR coalesce(c.stage1_handler_id, 0) = :viewer OR EXISTS (SELECT 1 FROM"
        " case_share sh WHERE sh.case_id = c.id AND sh.staff_id = :viewer))";
  return sql;
}

void bind_filter(db::Statement& q, const CaseFilter& f, bool scoped) {
  for (size_t i = 0; i < f.statuses.size(); ++i)
    q.bind(":st" + std::to_string(i), word(f.statuses[i]));
  for (size_t i = 0; i < f.types.size(); ++i) q.bind(":type" + std::to_string(i), word(f.types[i]));
  for (size_t i = 0; i < f.categories.size(); ++i)
    q.bind(":category" + std::to_string(i), f.categories[i]);
  for (size_t i = 0; i < f.assignee_ids.size(); ++i)
    q.bind(":assignee" + std::to_string(i), f.assignee_ids[i]);
  if (f.contact_id) q.bind(":contact", *f.contact_id);
  if (f.marking) q.bind(":marking", word(*f.marking));
  for (size_t i = 0; i < f.priorities.size(); ++i)
    q.bind(":priority" + std::to_string(i), word(f.priorities[i]));
  if (f.opened_from) q.bind(":opened_from", f.opened_from->iso());
  if (f.opened_to) q.bind(":opened_to", f.opened_to->iso());
  if (f.closed_from) q.bind(":closed_from", f.closed_from->iso());
  if (f.closed_to) q.bind(":closed_to", f.closed_to->iso());
  if (f.due_by) q.bind(":due_by", f.due_by->iso());
  if (scoped && f.scope != CaseScope::all) q.bind(":viewer", f.viewer_id);
}

// A malformed FTS5 query (an unbalanced quote, a stray operator) is the user's input.
[[noreturn]] void rethrow_search_error(const SQLite::Exception& e) {
  if (std::string(e.what()).find("fts5") != std::string::npos)
    throw Error(ErrorKind::bad_data, std::string("cannot search for that: ") + e.what())
        .field("query");
  throw;
}

}  // namespace

void for_each_case_row(db::Connection& db, const CaseFilter& f,
                       const std::function<void(const CaseRow&)>& each) {
  std::string sql;
  bool searching = !f.search.empty();
  const bool filtered = !f.statuses.empty() || !f.types.empty() || !f.categories.empty() ||
                        !f.assignee_ids.empty() || f.contact_id || f.marking ||
                        !f.priorities.empty() || f.opened_from || f.opened_to || f.closed_from ||
                        f.closed_to || f.due_by || f.scope != CaseScope::all;
  const db::FullTextIndex index(db, "case_fts");
  if (searching) {
    // Each index row is a case (positive rowid) or a timeline entry (minus its id); a case's
    // best-ranked row gives its rank, and snippets are made only for the rows shown. With no
    // other filter, by relevance, the best few are chosen before any case is read (a common
    // word matches thousands of cases; reading them all cost most of the search).
    sql =
        "WITH hits AS MATERIALIZED (SELECT rowid AS fts_rowid, CASE WHEN rowid > 0 THEN rowid"
        " ELSE (SELECT case_id FROM case_event WHERE id = -case_fts.rowid) END AS case_id, " +
        index.rank() + " AS rank" + index.from_matching() + "), best AS (";
    std::optional<int> best_few;
    if (!filtered && f.sort == CaseSort::relevance && f.limit > 0) best_few = f.limit;
    sql += index.best_per_key("hits", "case_id", best_few) + ")\n";
  }
  sql += "SELECT " + case_record().select_list() +
         ", ct.name, s.login, d.next_due_on, d.next_due_kind,"
         " EXISTS (SELECT 1 FROM case_pause p WHERE p.case_id = c.id AND p.resumed_on IS NULL)";
  sql += ", ct.email, ct.phone, ct.address, ct.salutation";
  sql += searching ? ", " + index.highlighted("best.fts_rowid") +
                         " FROM best JOIN cases c ON c.id = best.case_id"
                   : ", NULL FROM cases c";
  sql += " JOIN contact ct ON ct.id = c.contact_id LEFT JOIN staff s ON s.id = c.assignee_id";
  sql += f.due_by ? " JOIN case_deadline d ON d.case_id = c.id"
                  : " LEFT JOIN case_deadline d ON d.case_id = c.id";
  sql += " WHERE 1 = 1" + filter_conditions(f, true);
  const char* priority_rank =
      "CASE c.priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END";
  if (f.sort == CaseSort::due && f.due_by)
    // Every row has a deadline here, so the deadline index gives the order without sorting
    // every open case; only ties are sorted by priority.
    sql += std::string(" ORDER BY d.next_due_on, ") + priority_rank + ", c.id";
  else if (f.sort == CaseSort::due)
    sql +=
        std::string(" ORDER BY d.next_due_on IS NULL, d.next_due_on, ") + priority_rank + ", c.id";
  else if (f.sort == CaseSort::priority)
    sql += std::string(" ORDER BY ") + priority_rank + ", c.received_on, c.id";
  else if (f.sort == CaseSort::ref)
    sql += " ORDER BY c.ref_year, c.ref_seq";
  else if (f.sort == CaseSort::relevance && searching)
    sql += " ORDER BY best.rank, c.id";
  else
    sql += " ORDER BY c.received_on DESC, c.id DESC";
  if (f.limit > 0) sql += " LIMIT " + std::to_string(f.limit);

  db::Statement q(db, sql);
  if (searching) q.bind(":q", index.query(f.search));
  bind_filter(q, f, true);
  // The joined columns follow the case's own.
  const int joined = case_record().size();
  try {
    while (q.step()) {
      CaseRow row;
      row.c = case_from_row(q);
      row.contact_name = q.column(joined).text();
      row.assignee_login = q.column(joined + 1).text();
      row.next_due_on = db::optional_date(q.column(joined + 2));
      row.next_due_kind = q.column(joined + 3).text();
      row.paused = q.column(joined + 4).as_int() != 0;
      row.contact_email = q.column(joined + 5).text();
      row.contact_phone = q.column(joined + 6).text();
      row.contact_address = q.column(joined + 7).text();
      row.contact_salutation = q.column(joined + 8).text();
      if (searching) row.snippet = snippet(q.column(joined + 9).view(), kSnippetWords);
      each(row);
    }
  } catch (const SQLite::Exception& e) {
    if (!searching) throw;
    rethrow_search_error(e);
  }
}

int64_t count_cases(db::Connection& db, const CaseFilter& f, Count count) {
  const bool whole = count == Count::whole;
  std::string sql = whole ? "SELECT count(*) FROM case_facts c" : "SELECT count(*) FROM cases c";
  sql += f.due_by ? " JOIN case_deadline d ON d.case_id = c.id"
                  : " LEFT JOIN case_deadline d ON d.case_id = c.id";
  sql += " WHERE 1 = 1" + filter_conditions(f, !whole);
  const db::FullTextIndex index(db, "case_fts");
  if (!f.search.empty()) {
    // Every case the words match, whoever may see it: on a team database, through a function
    // that reads the index with its owner's rights and gives only the cases' ids.
    if (db.backend() == db::Backend::postgres)
      sql += " AND c.id IN (SELECT clerk_case_search_hits(:q))";
    else
      sql +=
          " AND c.id IN (SELECT CASE WHEN rowid > 0 THEN rowid ELSE (SELECT case_id FROM"
          " case_event WHERE id = -case_fts.rowid) END" +
          index.from_matching() + ")";
  }
  db::Statement q(db, sql);
  if (!f.search.empty()) q.bind(":q", index.query(f.search));
  bind_filter(q, f, !whole);
  try {
    q.step();
  } catch (const SQLite::Exception& e) {
    if (f.search.empty()) throw;
    rethrow_search_error(e);
  }
  return q.column(0).int64();
}

}  // namespace clerk::casework
