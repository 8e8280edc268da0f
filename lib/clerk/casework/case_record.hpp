// The case record's columns, each listed once (db/record_spec.hpp): the store's select list,
// reads, writes and bulk loads, and the export and import of cases, are all derived from it.
// A new case field is a member of Case, a line here and a migration.
#pragma once

#include "clerk/casework/case.hpp"
#include "clerk/db/record_spec.hpp"

namespace clerk::casework {

// The table `cases`, aliased `c` in the select list.
const db::RecordSpec<Case>& case_record();

// The columns of the view case_facts (migration 0019), aliased `f`: every field of a case but
// those holding personal data (subject, outcome, the body it is with, what it awaits).
const db::FieldSelection<Case>& case_facts();

}  // namespace clerk::casework
