#include "clerk/diary/event_store.hpp"

#include <SQLiteCpp/Statement.h>

#include "clerk/core/error.hpp"
#include "clerk/core/text.hpp"
#include "clerk/diary/event_record.hpp"

namespace clerk::diary {
namespace {

// The WHERE clause for `query` over diary_event (no alias), with its parameters bound by
// bind_query. A range is two index searches, united and then read by id: one-offs by their start,
// which lies at most the longest span before `from` (diary_event_start); series by their last
// day (diary_event_series), so series that are over cost nothing. (Written as one OR, SQLite
// scans the whole table to return rows in id order.)
std::string where_clause(const EventQuery& query) {
  std::string where = "1 = 1";
  if (query.id) where += " AND id = :q_id";
  if (!query.diary.empty()) where += " AND diary = :q_diary";
  if (!query.include_cancelled) where += " AND cancelled = 0";
  if (query.from && query.to)
    where +=
        " AND id IN (SELECT id FROM diary_event WHERE repeat_freq IS NULL"
        " AND starts_at >= :q_lo AND starts_at < :q_to AND last_day >= :q_from"
        " UNION ALL SELECT id FROM diary_event WHERE repeat_freq IS NOT NULL"
        " AND last_day >= :q_from AND starts_at < :q_to)";
  return where;
}

void bind_query(SQLite::Statement& q, const EventQuery& query, int longest_span) {
  if (query.id) q.bind(":q_id", *query.id);
  if (!query.diary.empty()) q.bind(":q_diary", query.diary);
  if (query.from && query.to) {
    q.bind(":q_lo", query.from->plus_days(-longest_span).iso());
    q.bind(":q_to", query.to->plus_days(1).iso());
    q.bind(":q_from", query.from->iso());
  }
}

}  // namespace

std::optional<Event> find_event(SQLite::Database& db, int64_t id) {
  EventQuery one;
  one.id = id;
  one.include_cancelled = true;
  one.with_people = true;
  std::optional<Event> found;
  for_each_event(db, one, [&](const Event& e) { found = e; });
  return found;
}

std::optional<int64_t> find_event_id(SQLite::Database& db, std::string_view uid) {
  SQLite::Statement q(db, "SELECT id FROM diary_event WHERE uid = ?");
  q.bind(1, std::string(uid));
  if (!q.executeStep()) return std::nullopt;
  return q.getColumn(0).getInt64();
}

void for_each_event(SQLite::Database& db, const EventQuery& query,
                    const std::function<void(const Event&)>& each) {
  int longest = 0;
  if (query.from && query.to)
    longest = db.execAndGet("SELECT coalesce(max(span_days), 0) FROM diary_event").getInt();
  const std::string where = where_clause(query);
  const std::string ids = "(SELECT id FROM diary_event WHERE " + where + ")";
  SQLite::Statement events(db, "SELECT " + event_record().select_list() +
                                   " FROM diary_event WHERE " + where + " ORDER BY id");
  SQLite::Statement changes(db, R"(
    SELECT event_id, id, original_day, cancelled, starts_at, ends_at FROM diary_event_change
    WHERE event_id IN )" + ids + " ORDER BY event_id, original_day");
  // Names and emails as they are now: a contact renamed since shows under the new name.
  SQLite::Statement attendees(db, R"(
    SELECT a.event_id, a.id, a.contact_id, a.staff_id, coalesce(c.name, s.name, a.name),
           coalesce(c.email, s.email, a.email, '')
    FROM diary_event_attendee a
    LEFT JOIN contact c ON c.id = a.contact_id
    LEFT JOIN staff s ON s.id = a.staff_id
    WHERE a.event_id IN )" + (query.with_people ? ids : std::string("(NULL)")) +
                                      " ORDER BY a.event_id, a.id");
  SQLite::Statement cases(db, "SELECT event_id, case_ref FROM diary_event_case WHERE event_id IN " +
                                  (query.with_people ? ids : std::string("(NULL)")) +
                                  " ORDER BY event_id, id");
  for (SQLite::Statement* q : {&events, &changes}) bind_query(*q, query, longest);
  if (query.with_people)
    for (SQLite::Statement* q : {&attendees, &cases}) bind_query(*q, query, longest);
  // Each side table is read in event-id order alongside the events: a merge join.
  bool more_changes = changes.executeStep();
  bool more_attendees = attendees.executeStep();
  bool more_cases = cases.executeStep();
  auto advance = [](SQLite::Statement& q, bool& more, int64_t id, const auto& take) {
    while (more && q.getColumn(0).getInt64() < id) more = q.executeStep();
    while (more && q.getColumn(0).getInt64() == id) {
      take(q);
      more = q.executeStep();
    }
  };
  while (events.executeStep()) {
    Event e = event_record().from_row(events);
    advance(changes, more_changes, e.id, [&](SQLite::Statement& q) {
      OccurrenceChange c;
      c.id = q.getColumn(1).getInt64();
      c.original = Date::parse_iso(q.getColumn(2).getString(), "diary_event_change.original_day");
      c.cancelled = q.getColumn(3).getInt() != 0;
      if (!c.cancelled) {
        c.start = LocalTime::parse_iso(q.getColumn(4).getString(), "diary_event_change.starts_at");
        c.end = LocalTime::parse_iso(q.getColumn(5).getString(), "diary_event_change.ends_at");
      }
      e.changes.push_back(c);
    });
    advance(attendees, more_attendees, e.id, [&](SQLite::Statement& q) {
      Attendee a;
      a.id = q.getColumn(1).getInt64();
      if (!q.getColumn(2).isNull()) a.contact_id = q.getColumn(2).getInt64();
      if (!q.getColumn(3).isNull()) a.staff_id = q.getColumn(3).getInt64();
      a.name = q.getColumn(4).getString();
      a.email = q.getColumn(5).getString();
      e.attendees.push_back(a);
    });
    advance(cases, more_cases, e.id,
            [&](SQLite::Statement& q) { e.case_refs.push_back(q.getColumn(1).getString()); });
    each(e);
  }
}

int64_t insert_event(SQLite::Database& db, const Event& e) { return event_record().insert(db, e); }

void update_event(SQLite::Database& db, const Event& e) { event_record().update(db, e); }

namespace {

void bind_change(SQLite::Statement& q, const OccurrenceChange& c) {
  q.bind(":original", c.original.iso());
  q.bind(":cancelled", c.cancelled ? 1 : 0);
  if (c.cancelled) {
    q.bind(":starts");
    q.bind(":ends");
  } else {
    q.bind(":starts", c.start.iso());
    q.bind(":ends", c.end.iso());
  }
}

}  // namespace

int64_t insert_change(SQLite::Database& db, int64_t event_id, const OccurrenceChange& c) {
  SQLite::Statement q(db, R"(
    INSERT INTO diary_event_change (event_id, original_day, cancelled, starts_at, ends_at)
    VALUES (:event, :original, :cancelled, :starts, :ends))");
  q.bind(":event", event_id);
  bind_change(q, c);
  q.exec();
  return db.getLastInsertRowid();
}

void update_change(SQLite::Database& db, const OccurrenceChange& c) {
  SQLite::Statement q(db, R"(
    UPDATE diary_event_change SET original_day = :original, cancelled = :cancelled,
                                  starts_at = :starts, ends_at = :ends
    WHERE id = :id)");
  bind_change(q, c);
  q.bind(":id", c.id);
  q.exec();
}

void delete_change(SQLite::Database& db, int64_t change_id) {
  SQLite::Statement q(db, "DELETE FROM diary_event_change WHERE id = ?");
  q.bind(1, change_id);
  q.exec();
}

int64_t insert_attendee(SQLite::Database& db, int64_t event_id, const Attendee& a) {
  SQLite::Statement q(db, R"(
    INSERT INTO diary_event_attendee (event_id, contact_id, staff_id, name, email)
    VALUES (?, ?, ?, ?, ?))");
  q.bind(1, event_id);
  if (a.contact_id) q.bind(2, *a.contact_id);
  if (a.staff_id) q.bind(3, *a.staff_id);
  q.bind(4, a.name);
  if (!a.contact_id && !a.staff_id && !a.email.empty()) q.bind(5, a.email);
  q.exec();
  return db.getLastInsertRowid();
}

int64_t insert_case_ref(SQLite::Database& db, int64_t event_id, const std::string& case_ref) {
  SQLite::Statement q(db, "INSERT INTO diary_event_case (event_id, case_ref) VALUES (?, ?)");
  q.bind(1, event_id);
  q.bind(2, case_ref);
  q.exec();
  return db.getLastInsertRowid();
}

namespace {

int64_t parse_id(std::string_view text, std::string_view field) {
  if (auto id = text::parse_id(text::trim(text))) return *id;
  throw Error(ErrorKind::bad_data, "'" + std::string(text) + "' is not an event id")
      .field(std::string(field));
}

}  // namespace

Event load_event(SQLite::Database& db, std::string_view id_text) {
  int64_t id = parse_id(id_text, "id");
  if (auto e = find_event(db, id)) return *e;
  throw Error(ErrorKind::missing, "no event with id " + std::to_string(id)).field("id");
}

}  // namespace clerk::diary
