// `audit retention`: what is due under the retention policy, and anonymising it.
#pragma once

#include <cstdint>
#include <vector>

#include "clerk/privacy/retention_store.hpp"
#include "clerk/session/context.hpp"

namespace clerk::privacy {

struct RetentionPlan {
  RetentionCutoffs cutoffs;
  std::vector<DueRecord> records;  // cases, expenses, diary events, then contacts
  int64_t access_entries = 0;      // access log entries due for deletion
  bool empty() const { return records.empty() && access_entries == 0; }
};

struct RetentionResult {
  RetentionPlan plan;
  int64_t rows_changed = 0;      // every row anonymised or erased, dependants included
  int64_t entries_redacted = 0;  // audit entries whose payload (and command line) was erased
  int64_t commands_kept = 0;     // of those, v1 entries whose command line had to stay
};

RetentionPlan plan_retention(Context& ctx);

// Admins only (Error{not_permitted}). In one transaction: blanks the personal fields of every
// due record and the rows hanging off it (timeline, clock stops, actions, attendees), the
// contacts left with nothing else, and the access log entries due; erases the payload and
// command line of every earlier audit entry about those rows or holding their personal text;
// appends the entries recording it. Then VACUUMs so no copy is left in free pages or the WAL.
RetentionResult apply_retention(Context& ctx);

}  // namespace clerk::privacy
