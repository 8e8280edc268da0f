// The diary event tables' SQL: events, their changed occurrences, attendees and case links.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "clerk/db/connection.hpp"
#include "clerk/diary/event.hpp"

namespace clerk::diary {

// Which events a query reads. Without a range, all of them; with one, those with an occurrence
// that can touch the days [from, to] — a series is read whole.
struct EventQuery {
  std::optional<int64_t> id;  // one event
  std::optional<Date> from, to;
  std::string diary;  // empty: every diary
  bool include_cancelled = false;
  bool with_people = false;  // attendees and case references too (show, brief, export)
};

std::optional<Event> find_event(db::Connection& db, int64_t id);  // with changes and people
std::optional<int64_t> find_event_id(db::Connection& db, std::string_view uid);

// Streams matching events in id order, each with its changes (and people when asked): one pass
// over each table, merged by event id, so an export of everything holds one event at a time.
// `each` must not write these tables while the pass runs.
void for_each_event(db::Connection& db, const EventQuery& query,
                    const std::function<void(const Event&)>& each);

// Insert and update write the event row only; span_days and last_day are derived here.
int64_t insert_event(db::Connection& db, const Event& event);
void update_event(db::Connection& db, const Event& event);

int64_t insert_change(db::Connection& db, int64_t event_id, const OccurrenceChange& change);
void update_change(db::Connection& db, const OccurrenceChange& change);
void delete_change(db::Connection& db, int64_t change_id);

int64_t insert_attendee(db::Connection& db, int64_t event_id, const Attendee& attendee);
int64_t insert_case_ref(db::Connection& db, int64_t event_id, const std::string& case_ref);

// An event by the id a person typed, with its changes, attendees and cases: Error{bad_data}
// naming `id` for text that is not an id, Error{missing} when there is no such event.
Event load_event(db::Connection& db, std::string_view id_text);

}  // namespace clerk::diary
