// The briefing pack (briefing.hpp) as a document: the day's events in a table, then each event
// with its details, attendees, linked cases and open actions.
#pragma once

#include "clerk/diary/briefing.hpp"
#include "clerk/render/document.hpp"

namespace clerk::diary {

// Marked OFFICIAL, raised by a linked OFFICIAL-SENSITIVE case; `today` says what is overdue.
render::Document briefing_document(const Briefing& briefing, Date today);

}  // namespace clerk::diary
