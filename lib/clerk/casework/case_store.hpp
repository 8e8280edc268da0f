// The SQL of cases, their timeline, clock stops and the derived deadline and search tables.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "clerk/casework/case.hpp"
#include "clerk/casework/deadline.hpp"
#include "clerk/db/bulk_load.hpp"
#include "clerk/db/connection.hpp"
#include "clerk/db/full_text.hpp"
#include "clerk/db/suspended_schema.hpp"
#include "clerk/people/permission.hpp"
#include "clerk/trail/batch_inserter.hpp"

namespace clerk::casework {

struct TimelineEntry {
  int64_t id = 0;
  int64_t case_id = 0;
  Date on_date;
  std::string kind;  // note, correspondence, status, assignment, pause, resume, extension, letter
  std::string direction;
  std::string channel;
  std::string party;
  std::string text;
  std::string actor;
};

std::optional<Case> find_case(db::Connection& db, int64_t id);
std::optional<Case> find_case_by_ref(db::Connection& db, int year, int seq);
// A case's facts (case_record.hpp: no subject, contact details or notes) through the view
// case_facts, which on a team database shows every case whoever reads it: for refusing a case
// the reader may not see as such (77), not as missing. References, ids and counts come from it
// too, so they are whole.
std::optional<Case> find_case_facts(db::Connection& db, int64_t id);
std::optional<Case> find_case_facts_by_ref(db::Connection& db, int year, int seq);
int next_ref_seq(db::Connection& db, int year);
int64_t insert_case(db::Connection& db, const Case& c);

// Looking up references while a file of cases is checked and loaded.
class CaseRefs {
 public:
  explicit CaseRefs(db::Connection& db);
  // The largest sequence number used in a year of receipt (0 when none).
  int max_seq(int year);
  bool ref_exists(int year, int seq);

 private:
  db::Statement max_seq_, exists_;
};

// A bulk load of cases inside the caller's transaction, each row given as its values and its
// audit hash (taken by the preparing side with rows().hash(); see trail::BatchInserter). The
// search index's insert trigger is suspended (FTS5 writes out its pending terms at every
// statement a trigger runs on it: seconds per 100,000 rows), and once the load has outgrown the
// table (and is at least kRebuildFrom rows) so are the table's indexes; finish() indexes the
// loaded cases for search in one statement and builds the indexes again.
class CaseBulk {
 public:
  static constexpr int64_t kRebuildFrom = 10000;

  explicit CaseBulk(db::Connection& db);
  // The id the load's first case gets.
  int64_t next_id() const { return next_id_; }
  trail::BatchInserter& rows() { return rows_; }
  // Inserts case `id` (ids increasing) with its deadlines when it is open.
  void insert(int64_t id, const std::vector<trail::StoredValue>& values, const Digest& hash,
              const std::optional<Deadlines>& d);
  // Writes the cases and deadlines inserted so far (db::BulkLoad: on PostgreSQL they wait for
  // this), after any contacts they refer to.
  void flush();
  // Must run before the transaction commits.
  void finish();

 private:
  db::Connection& db_;
  trail::BatchInserter rows_;
  db::BulkLoad deadlines_;
  std::optional<db::SuspendedSchema> search_trigger_;  // SQLite's, while loading
  std::optional<db::SuspendedSchema> indexes_;
  int64_t existing_, next_id_, inserted_ = 0;
};
int64_t case_count(db::Connection& db);
void update_case(db::Connection& db, const Case& c);
// Adds the cases with ids in [first, last] to the search index in one statement (a bulk load
// does this with the insert trigger suspended).
void index_for_search(db::Connection& db, int64_t first, int64_t last);

int64_t insert_event(db::Connection& db, const TimelineEntry& e);
std::vector<TimelineEntry> timeline(db::Connection& db, int64_t case_id);
// The latest correspondence (in or out) on a case, if any.
std::optional<TimelineEntry> latest_correspondence(db::Connection& db, int64_t case_id);

struct StoredPause {
  int64_t id = 0;
  Pause pause;
  std::string reason;
};
std::vector<StoredPause> pauses(db::Connection& db, int64_t case_id);
int64_t insert_pause(db::Connection& db, int64_t case_id, Date on, const std::string& reason);
void set_resumed(db::Connection& db, int64_t pause_id, Date on);

// Shares (`case share`): whether case `case_id` is shared with staff `staff_id`, and sharing it
// (the new row's id).
bool is_shared_with(db::Connection& db, int64_t case_id, int64_t staff_id);
int64_t insert_share(db::Connection& db, int64_t case_id, int64_t staff_id, Date on);

// The derived deadline row of a case that is not closed (replaced), or none (removed).
void store_deadline(db::Connection& db, int64_t case_id, const std::optional<Deadlines>& d);
// Calls `each` for every case that is not closed, streaming: its facts (what deadlines are
// computed from) and clock stops, of every case whoever reads, for the derived deadlines.
void for_each_open_case(db::Connection& db,
                        const std::function<void(const Case&, const std::vector<Pause>&)>& each);
std::string stored_deadline_fingerprint(db::Connection& db);
void store_deadline_fingerprint(db::Connection& db, const std::string& fingerprint);

// The orders a listing comes in: newest received first, next deadline first, most urgent
// first, by reference, or (searching) best match first.
enum class CaseSort { received, due, priority, ref, relevance };
const EnumWords& enum_words(CaseSort);

// Which cases a member of staff may see, as the listings filter them (people/permission.hpp).
using people::CaseScope;

// What `case list`, `case due` and `case search` filter on. Unset members do not filter.
struct CaseFilter {
  std::vector<Status> statuses;
  std::vector<CaseType> types;  // each filter list: any of its values (empty: no filter)
  std::vector<std::string> categories;
  std::vector<int64_t> assignee_ids;
  std::optional<int64_t> contact_id;
  std::optional<Marking> marking;
  std::vector<Priority> priorities;
  std::optional<Date> opened_from, opened_to, closed_from, closed_to;  // inclusive
  std::optional<Date> due_by;  // next deadline on or before (implies not closed)
  // Words to find in subjects, contact names and addresses, notes and correspondence.
  std::vector<db::SearchWord> search;
  CaseSort sort = CaseSort::received;
  int limit = 0;
  // Whose cases (case_visibility.hpp): every case, or those `viewer_id` may see.
  CaseScope scope = CaseScope::all;
  int64_t viewer_id = 0;
};

// One row of a listing: the case plus names a person reads and its next deadline.
struct CaseRow {
  Case c;
  std::string contact_name;
  std::string contact_email, contact_phone, contact_address, contact_salutation;
  std::string assignee_login;
  std::optional<Date> next_due_on;
  std::string next_due_kind;
  bool paused = false;
  std::string snippet;  // search only
};

void for_each_case_row(db::Connection& db, const CaseFilter& filter,
                       const std::function<void(const CaseRow&)>& each);

// How many cases match `filter`: those it lets the reader see (`Count::shown`), or every one
// whoever may see it (`Count::whole`, through case_facts, ignoring the scope): the difference is
// what a list leaves out.
enum class Count { shown, whole };
int64_t count_cases(db::Connection& db, const CaseFilter& filter, Count count);

}  // namespace clerk::casework
