// Every record spec (db/record_spec.hpp) against the table the migrations make: a column added by
// a migration and not to its spec (or the other way round) fails here, by name.
#include <doctest/doctest.h>

#include <algorithm>

#include "../temp_database.hpp"
#include "clerk/casework/case_record.hpp"
#include "clerk/diary/action_record.hpp"
#include "clerk/diary/event_record.hpp"
#include "clerk/expense/claim_record.hpp"
#include "clerk/people/contact_store.hpp"
#include "clerk/people/staff_store.hpp"

using namespace clerk;

namespace {

template <class R>
void check_spec_matches_table(db::Connection& db, const db::RecordSpec<R>& spec) {
  auto columns = table_columns(db, spec.table());
  auto named = spec.column_names();
  std::sort(columns.begin(), columns.end());
  std::sort(named.begin(), named.end());
  for (const auto& c : columns)
    CHECK_MESSAGE(std::count(named.begin(), named.end(), c) == 1,
                  (spec.table() + "." + c + " is not in its spec once"));
  for (const auto& c : named)
    CHECK_MESSAGE(std::binary_search(columns.begin(), columns.end(), c),
                  (spec.table() + "'s spec names " + c + ", which the table lacks"));
}

}  // namespace

TEST_SUITE("record_spec") {
  TEST_CASE("each record's spec names every column of its table once, and nothing else") {
    TempDatabase t;
    check_spec_matches_table(*t.db, casework::case_record());
    check_spec_matches_table(*t.db, people::contact_record());
    check_spec_matches_table(*t.db, people::staff_record());
    check_spec_matches_table(*t.db, expense::claim_record());
    check_spec_matches_table(*t.db, diary::event_record());
    check_spec_matches_table(*t.db, diary::action_record());
  }
}
