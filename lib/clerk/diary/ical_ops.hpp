// The diary in and out as iCalendar: importing a file (known UIDs updated) and exporting
// events, with the disclosure recorded in the access log.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "clerk/diary/event_store.hpp"
#include "clerk/session/context.hpp"

namespace clerk::diary {

struct ImportResult {
  int added = 0;
  int updated = 0;
  int unchanged = 0;
  int skipped = 0;
  int derived_uids = 0;              // events the file gave no UID
  std::vector<std::string> reports;  // per event: what was not kept or why it was skipped
  // Events the diary now holds as the file says: a file none of whose events could be taken is
  // refused (exit 65), however many it skipped.
  int taken() const { return added + updated + unchanged; }
};
// Reads an iCalendar file and saves its events in one transaction: new UIDs are added, known
// ones updated. A file that is not a calendar is Error{bad_data} with the line, nothing written.
// Within one, an event that cannot be kept is skipped with why (ical::read); `strict` refuses
// the file for it instead, as for money and case files.
ImportResult import_ical(Context& ctx, std::string_view text, std::string_view source,
                         bool strict = false);

// Streams the events (series whole, cancelled ones marked so) as iCalendar: attendees who are
// staff, others as a count unless `all_attendees` (see ical::Writer). Records the disclosure in
// the access log, with the contacts named when they are listed.
void export_ical(Context& ctx, const EventQuery& query, std::ostream& out,
                 bool all_attendees = false);

}  // namespace clerk::diary
