// A meeting's papers: the agenda and minutes of an event, or of one occurrence of a series.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "clerk/diary/event.hpp"
#include "clerk/session/context.hpp"

namespace clerk::diary {

// The agenda or minutes of an event: read (Error{missing} when there are none yet) or replace.
// Each occurrence of a series has its own, named by `occurrence` (a date it is on, or the
// date the rule put it on); without one, the agenda is the next occurrence's from today and
// the minutes the latest one's on or before today. Error{usage} for `occurrence` on a one-off.
enum class Notes { agenda, minutes };
struct Papers {
  std::string text;
  std::optional<Date> occurrence;  // the series' occurrence, by its rule's day; none: a one-off
};
Papers read_notes(Context& ctx, std::string_view id_text, Notes which,
                  const std::optional<std::string>& occurrence);
// Returns the occurrence written to (none for a one-off).
std::optional<Date> write_notes(Context& ctx, std::string_view id_text, Notes which,
                                const std::string& text,
                                const std::optional<std::string>& occurrence);
// The agenda of one occurrence: the series' papers for that occurrence, or a one-off's own.
std::string agenda_of(Context& ctx, const Occurrence& occurrence);

}  // namespace clerk::diary
