// The record of contact merges: which contact each merged duplicate went into, and when.
#pragma once

#include <cstdint>
#include <vector>

#include "clerk/core/date.hpp"
#include "clerk/db/connection.hpp"

namespace clerk::people {

// Records that contact `merged_id` was folded into `into_id` on `on`; gives the row's id.
int64_t insert_contact_merge(db::Connection& db, int64_t merged_id, int64_t into_id, Date on);

// `contact_id` and every contact ever merged into it, directly or through a chain of merges,
// ascending: the ids under which the trail and the access log hold one person's entries.
std::vector<int64_t> contact_and_merged_ids(db::Connection& db, int64_t contact_id);

// The ids of the contact_merge rows that recorded those merges, ascending.
std::vector<int64_t> merges_into(db::Connection& db, int64_t contact_id);

// The highest id a merge has removed (0 when none): no new contact may take one again.
int64_t highest_merged_contact_id(db::Connection& db);

}  // namespace clerk::people
