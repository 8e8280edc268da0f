// Events as commands change them: add, show, move and cancel (a whole series or one
// occurrence). Each validates, applies the rules in event.hpp and recurrence.hpp, writes through
// trail::write with its audit entries, and returns what people should hear.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "clerk/diary/case_link.hpp"
#include "clerk/diary/event.hpp"
#include "clerk/diary/event_store.hpp"
#include "clerk/session/context.hpp"

namespace clerk::diary {

// An event as typed on the command line; unset options are std::nullopt.
struct EventInput {
  std::string title;
  std::string at;
  std::optional<std::string> length;  // --for
  std::optional<std::string> until;   // the event's end, or with a repeat the series' last day
  bool all_day = false;
  std::optional<std::string> kind, place, diary, travel, repeat, by;
  int count = 0;
  std::vector<std::string> with;  // staff logins, contact ids or names, or plain names
  std::vector<std::string> cases;
  bool tentative = false;
};

// A saved event and what people should hear about it.
struct Scheduled {
  Event event;
  std::vector<std::string> clashes;  // "clashes with 3 'Surgery' on 2026-11-30 09:00-12:00"
  std::vector<std::string> notes;    // e.g. an attendee kept as a plain name
};

// With `strict`, a clash refuses the change (Error{bad_data}, nothing written); without, it is
// saved and the clashes are returned to warn about.
Scheduled add_event(Context& ctx, const EventInput& input, bool strict);

// An event by id, with its changes, attendees and cases. Error{missing} when there is none.
Event get_event(Context& ctx, std::string_view id_text);

// `diary show`: the event and the cases it links as they are now (their markings raise the
// event's, diary_tables.hpp).
struct ShownEvent {
  Event event;
  std::vector<LinkedCase> cases;  // in the event's order
};
ShownEvent show_event(Context& ctx, std::string_view id_text);

struct MoveInput {
  std::string id;
  std::string at;
  std::optional<std::string> length;      // --for: a new length; else the length it had
  std::optional<std::string> occurrence;  // one occurrence of a series, by its date
};
Scheduled move_event(Context& ctx, const MoveInput& input, bool strict);

// Cancels an event (kept, marked cancelled) or one occurrence of a series.
Event cancel_event(Context& ctx, std::string_view id_text,
                   const std::optional<std::string>& occurrence);

// Stamps the event as revised now (its iCalendar LAST-MODIFIED), before it is saved.
void touch(Context& ctx, Event& e);

}  // namespace clerk::diary
