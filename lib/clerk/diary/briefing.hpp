// The briefing pack for a day: each event in order with its time, place and travel, who is
// there with their contact details, the agenda, linked cases and the open actions that touch it.
// What it holds is gathered here; briefing_tables.hpp lays it out.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "clerk/diary/action.hpp"
#include "clerk/diary/agenda_ops.hpp"
#include "clerk/diary/case_link.hpp"
#include "clerk/people/contact.hpp"
#include "clerk/session/context.hpp"

namespace clerk::diary {

// What the pack says about one occurrence of the day.
struct BriefedEvent {
  std::string agenda;  // this occurrence's agenda (papers_ops.hpp)
  // One per attendee, in order: the contact record as it is now, when the attendee is a contact.
  std::vector<std::optional<people::Contact>> contacts;
  std::vector<LinkedCase> cases;  // in the event's order
  // Open actions owned by staff or contacts at the event, on its cases, or from this meeting.
  std::vector<Action> actions;
};

struct Briefing {
  Date day;
  std::string diary;                 // empty: every diary
  Agenda agenda;                     // the day's occurrences
  std::vector<BriefedEvent> events;  // events[i] is about agenda.occurrences[i]
};

// `diary` empty: every diary. A pack with events is recorded in the access log.
Briefing load_briefing(Context& ctx, Date day, const std::string& diary);

}  // namespace clerk::diary
