#include "clerk/people/contact_merge_store.hpp"

#include <string>

#include "clerk/db/connection.hpp"

namespace clerk::people {

namespace {

// The contact and those merged into it, as a common table expression `subject (id)`. A merge
// repoints the into_id of earlier merges, so one step finds them all; the recursion also
// follows a chain whose rows were not repointed, and UNION stops it at a cycle.
constexpr const char* kSubject = R"(
  WITH RECURSIVE subject (id) AS (
    SELECT CAST(:contact AS BIGINT)
    UNION SELECT m.merged_id FROM contact_merge m JOIN subject s ON m.into_id = s.id))";

std::vector<int64_t> ids(db::Connection& db, const std::string& select, int64_t contact_id) {
  db::Statement q(db, kSubject + select);
  q.bind(":contact", contact_id);
  std::vector<int64_t> out;
  while (q.step()) out.push_back(q.column(0).int64());
  return out;
}

}  // namespace

int64_t insert_contact_merge(db::Connection& db, int64_t merged_id, int64_t into_id, Date on) {
  db::Statement q(db, R"(
    INSERT INTO contact_merge (merged_id, into_id, merged_on) VALUES (:merged, :into, :on))");
  q.bind(":merged", merged_id);
  q.bind(":into", into_id);
  q.bind(":on", on.iso());
  q.exec();
  return db.last_insert_id();
}

std::vector<int64_t> contact_and_merged_ids(db::Connection& db, int64_t contact_id) {
  return ids(db, " SELECT id FROM subject ORDER BY id", contact_id);
}

std::vector<int64_t> merges_into(db::Connection& db, int64_t contact_id) {
  return ids(db,
             " SELECT m.id FROM contact_merge m JOIN subject s ON m.merged_id = s.id ORDER BY m.id",
             contact_id);
}

int64_t highest_merged_contact_id(db::Connection& db) {
  return db.query_int("SELECT coalesce(max(merged_id), 0) FROM contact_merge");
}

}  // namespace clerk::people
