// The diary over a range of days: which occurrences fall in it, and the range a command's
// --day, --week or --from/--to names.
#pragma once

#include <deque>
#include <optional>
#include <string>
#include <vector>

#include "clerk/core/period.hpp"
#include "clerk/diary/event.hpp"
#include "clerk/session/context.hpp"

namespace clerk::diary {

// Occurrences in a range, with the events they belong to (which they point into).
struct Agenda {
  Period period;
  std::deque<Event> events;
  std::vector<Occurrence> occurrences;  // by start, then event id
};
struct AgendaFilter {
  std::string diary;  // empty: every diary
  std::optional<EventKind> kind;
  bool with_people = false;
};
Agenda load_agenda(Context& ctx, const Period& period, const AgendaFilter& filter);

// The days a command covers: --day D, --week D (Monday to Sunday), --from/--to; `fallback` when
// none is given, and its length from --from when --to is not. Error{usage} when they are mixed.
struct RangeInput {
  std::optional<std::string> day, week, from, to;
};
Period parse_range(Context& ctx, const RangeInput& input, const Period& fallback);
// The Monday-to-Sunday week containing `day`.
Period week_of(Date day);

}  // namespace clerk::diary
