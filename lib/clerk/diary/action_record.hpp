// The action's columns, each listed once (db/record_spec.hpp): the store's select list, reads
// and writes are derived from it.
#pragma once

#include "clerk/db/record_spec.hpp"
#include "clerk/diary/action.hpp"

namespace clerk::diary {

// The table `diary_action`, aliased `a` in the select list. The owner's login and the owning
// contact's name are not columns of it: a query joins them after the spec's columns.
const db::RecordSpec<Action>& action_record();

}  // namespace clerk::diary
