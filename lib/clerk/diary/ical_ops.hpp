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
  std::vector<std::string> reports;  // per event: what was not kept or why it was skipped
};
// Reads an iCalendar file and saves its events in one transaction: new UIDs are added, known
// ones updated. Error{bad_data} with the line on malformed input, nothing written.
ImportResult import_ical(Context& ctx, std::string_view text, std::string_view source);

// Streams the events (series whole, cancelled ones marked so) as iCalendar: attendees who are
// staff, others as a count unless `all_attendees` (see ical::Writer). Records the disclosure in
// the access log, with the contacts named when they are listed.
void export_ical(Context& ctx, const EventQuery& query, std::ostream& out,
                 bool all_attendees = false);

}  // namespace clerk::diary
