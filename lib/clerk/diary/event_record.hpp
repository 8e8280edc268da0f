// The diary event's columns, each listed once (db/record_spec.hpp): the store's select list,
// reads and writes are derived from it. The event's changed occurrences, attendees and cases
// are rows of their own tables (event_store).
#pragma once

#include "clerk/db/record_spec.hpp"
#include "clerk/diary/event.hpp"

namespace clerk::diary {

// The table `diary_event`, its columns unqualified in the select list. A repeat rule is five
// columns (all NULL for a one-off); span_days and last_day are derived from the event for the
// range queries' indexes, written and not read back.
const db::RecordSpec<Event>& event_record();

}  // namespace clerk::diary
