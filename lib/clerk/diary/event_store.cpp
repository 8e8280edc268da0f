#include "clerk/diary/event_store.hpp"

#include "clerk/core/error.hpp"
#include "clerk/core/text.hpp"
#include "clerk/db/connection.hpp"
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

void bind_query(db::Statement& q, const EventQuery& query, int longest_span) {
  if (query.id) q.bind(":q_id", *query.id);
  if (!query.diary.empty()) q.bind(":q_diary", query.diary);
  if (query.from && query.to) {
    q.bind(":q_lo", query.from->plus_days(-longest_span).iso());
    q.bind(":q_to", query.to->plus_days(1).iso());
    q.bind(":q_from", query.from->iso());
  }
}

}  // namespace

std::optional<Event> find_event(db::Connection& db, int64_t id) {
  EventQuery one;
  one.id = id;
  one.include_cancelled = true;
  one.with_people = true;
  std::optional<Event> found;
  for_each_event(db, one, [&](const Event& e) { found = e; });
  return found;
}

std::optional<int64_t> find_event_id(db::Connection& db, std::string_view uid) {
  db::Statement q(db, "SELECT id FROM diary_event WHERE uid = ?");
  q.bind(1, std::string(uid));
  if (!q.step()) return std::nullopt;
  return q.column(0).int64();
}

void for_each_event(db::Connection& db, const EventQuery& query,
                    const std::function<void(const Event&)>& each) {
  int longest = 0;
  if (query.from && query.to)
    longest = db.query_int("SELECT coalesce(max(span_days), 0) FROM diary_event");
  const std::string where = where_clause(query);
  const std::string ids = "(SELECT id FROM diary_event WHERE " + where + ")";
  db::Statement events(db, "SELECT " + event_record().select_list() + " FROM diary_event WHERE " +
                               where + " ORDER BY id");
  db::Statement changes(db, R"(
    SELECT event_id, id, original_day, cancelled, starts_at, ends_at FROM diary_event_change
    WHERE event_id IN )" + ids + " ORDER BY event_id, original_day");
  // Names and emails as they are now: a contact renamed since shows under the new name.
  db::Statement attendees(db, R"(
    SELECT a.event_id, a.id, a.contact_id, a.staff_id, coalesce(c.name, s.name, a.name),
           coalesce(c.email, s.email, a.email, '')
    FROM diary_event_attendee a
    LEFT JOIN contact c ON c.id = a.contact_id
    LEFT JOIN staff s ON s.id = a.staff_id
    WHERE a.event_id IN )" + (query.with_people ? ids : std::string("(NULL)")) +
                                  " ORDER BY a.event_id, a.id");
  db::Statement cases(db, "SELECT event_id, case_ref FROM diary_event_case WHERE event_id IN " +
                              (query.with_people ? ids : std::string("(NULL)")) +
                              " ORDER BY event_id, id");
  for (db::Statement* q : {&events, &changes}) bind_query(*q, query, longest);
  if (query.with_people)
    for (db::Statement* q : {&attendees, &cases}) bind_query(*q, query, longest);
  // Each side table is read in event-id order alongside the events: a merge join.
  bool more_changes = changes.step();
  bool more_attendees = attendees.step();
  bool more_cases = cases.step();
  auto advance = [](db::Statement& q, bool& more, int64_t id, const auto& take) {
    while (more && q.column(0).int64() < id) more = q.step();
    while (more && q.column(0).int64() == id) {
      take(q);
      more = q.step();
    }
  };
  while (events.step()) {
    Event e = event_record().from_row(events);
    advance(changes, more_changes, e.id, [&](db::Statement& q) {
      OccurrenceChange c;
      c.id = q.column(1).int64();
      c.original = Date::parse_iso(q.column(2).text(), "diary_event_change.original_day");
      c.cancelled = q.column(3).as_int() != 0;
      if (!c.cancelled) {
        c.start = LocalTime::parse_iso(q.column(4).text(), "diary_event_change.starts_at");
        c.end = LocalTime::parse_iso(q.column(5).text(), "diary_event_change.ends_at");
      }
      e.changes.push_back(c);
    });
    advance(attendees, more_attendees, e.id, [&](db::Statement& q) {
      Attendee a;
      a.id = q.column(1).int64();
      if (!q.column(2).is_null()) a.contact_id = q.column(2).int64();
      if (!q.column(3).is_null()) a.staff_id = q.column(3).int64();
      a.name = q.column(4).text();
      a.email = q.column(5).text();
      e.attendees.push_back(a);
    });
    advance(cases, more_cases, e.id,
            [&](db::Statement& q) { e.case_refs.push_back(q.column(1).text()); });
    each(e);
  }
}

int64_t insert_event(db::Connection& db, const Event& e) { return event_record().insert(db, e); }

void update_event(db::Connection& db, const Event& e) { event_record().update(db, e); }

namespace {

void bind_change(db::Statement& q, const OccurrenceChange& c) {
  q.bind(":original", c.original.iso());
  q.bind(":cancelled", c.cancelled ? 1 : 0);
  if (c.cancelled) {
    q.bind_null(":starts");
    q.bind_null(":ends");
  } else {
    q.bind(":starts", c.start.iso());
    q.bind(":ends", c.end.iso());
  }
}

}  // namespace

int64_t insert_change(db::Connection& db, int64_t event_id, const OccurrenceChange& c) {
  db::Statement q(db, R"(
    INSERT INTO diary_event_change (event_id, original_day, cancelled, starts_at, ends_at)
    VALUES (:event, :original, :cancelled, :starts, :ends))");
  q.bind(":event", event_id);
  bind_change(q, c);
  q.exec();
  return db.last_insert_id();
}

void update_change(db::Connection& db, const OccurrenceChange& c) {
  db::Statement q(db, R"(
    UPDATE diary_event_change SET original_day = :original, cancelled = :cancelled,
                                  starts_at = :starts, ends_at = :ends
    WHERE id = :id)");
  bind_change(q, c);
  q.bind(":id", c.id);
  q.exec();
}

void delete_change(db::Connection& db, int64_t change_id) {
  db::Statement q(db, "DELETE FROM diary_event_change WHERE id = ?");
  q.bind(1, change_id);
  q.exec();
}

int64_t insert_attendee(db::Connection& db, int64_t event_id, const Attendee& a) {
  db::Statement q(db, R"(
    INSERT INTO diary_event_attendee (event_id, contact_id, staff_id, name, email)
    VALUES (?, ?, ?, ?, ?))");
  q.bind(1, event_id);
  if (a.contact_id) q.bind(2, *a.contact_id);
  if (a.staff_id) q.bind(3, *a.staff_id);
  q.bind(4, a.name);
  if (!a.contact_id && !a.staff_id && !a.email.empty()) q.bind(5, a.email);
  q.exec();
  return db.last_insert_id();
}

int64_t insert_case_ref(db::Connection& db, int64_t event_id, const std::string& case_ref) {
  db::Statement q(db, "INSERT INTO diary_event_case (event_id, case_ref) VALUES (?, ?)");
  q.bind(1, event_id);
  q.bind(2, case_ref);
  q.exec();
  return db.last_insert_id();
}

namespace {

int64_t parse_id(std::string_view text, std::string_view field) {
  if (auto id = text::parse_id(text::trim(text))) return *id;
  throw Error(ErrorKind::bad_data, "'" + std::string(text) + "' is not an event id")
      .field(std::string(field));
}

}  // namespace

Event load_event(db::Connection& db, std::string_view id_text) {
  int64_t id = parse_id(id_text, "id");
  if (auto e = find_event(db, id)) return *e;
  throw Error(ErrorKind::missing, "no event with id " + std::to_string(id)).field("id");
}

}  // namespace clerk::diary
