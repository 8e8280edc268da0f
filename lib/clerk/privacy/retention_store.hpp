// The SQL of retention: records due, erasing their personal fields, redacting the trail.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "clerk/db/connection.hpp"
#include "clerk/privacy/retention.hpp"

namespace clerk::privacy {

struct DueRecord {
  std::string entity;  // case, expense, diary_event, contact
  int64_t id = 0;
  std::string ref;   // the case reference, the event's start, the contact's id
  std::string date;  // closed on, dated, last day
};

std::vector<DueRecord> due_cases(db::Connection& db, Date closed_before);
std::vector<DueRecord> due_expenses(db::Connection& db, Date dated_up_to);
std::vector<DueRecord> due_diary_events(db::Connection& db, Date ended_before);
// Contacts left with nothing but anonymised records once `cases` and `events` are anonymised:
// at least one case, every case anonymised or in `cases`, every event attended anonymised or
// in `events`.
std::vector<DueRecord> due_contacts(db::Connection& db, const std::vector<int64_t>& cases,
                                    const std::vector<int64_t>& events);

// Ids of the rows that hang off a record and hold personal data too.
std::vector<int64_t> ids_where(db::Connection& db, const std::string& table,
                               const std::string& column, const std::string& value);
std::vector<int64_t> ids_where(db::Connection& db, const std::string& table,
                               const std::string& column, int64_t value);

// The personal free text of a row (names, addresses, notes), to hunt for elsewhere.
std::vector<std::string> personal_values(db::Connection& db, const std::string& entity, int64_t id);

// The same fields as the trail's images of a row hold them: all a row removed by a merge left.
std::vector<std::string> personal_values_in_trail(db::Connection& db, const std::string& entity,
                                                  int64_t id);
// Whether retention deletes an entity's rows (a diary event's attendees) rather than blanking
// their personal fields; the schema registry says which (db/schema.hpp).
bool retention_deletes(const std::string& entity);
// Blanks the personal fields of one row (the anonymised row keeps its statistics: dates,
// category, outcome, amounts); a case_event also leaves the search index.
void erase_fields(db::Connection& db, const std::string& entity, int64_t id);
void delete_row(db::Connection& db, const std::string& entity, int64_t id);

// Entries about a row, and entries before `before_seq` whose payload or command line holds
// any of `values` (one scan of the trail per few hundred values).
std::vector<int64_t> entries_about(db::Connection& db, const std::string& entity, int64_t id);
std::vector<int64_t> entries_mentioning(db::Connection& db, const std::vector<std::string>& values,
                                        int64_t before_seq);
// Erases an entry's payload (body and salt) and blanks its command line when it is a v2 entry;
// returns false when the command line had to stay (a v1 entry hashes the text itself).
bool redact_entry(db::Connection& db, int64_t seq);

// Rebuilds the search index's segments so erased words do not linger in old ones.
void optimise_search_index(db::Connection& db);

}  // namespace clerk::privacy
