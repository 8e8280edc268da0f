// The diary operations commands call: add, list, show, move, cancel, conflicts, free, agenda
// and minutes, import and export. Each validates, loads, applies the rules in event.hpp and
// recurrence.hpp, writes through trail::write with its audit entries, and returns data.
#pragma once

#include <deque>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "clerk/core/period.hpp"
#include "clerk/diary/event.hpp"
#include "clerk/diary/event_store.hpp"
#include "clerk/diary/free_slots.hpp"
#include "clerk/render/document.hpp"
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

// `diary show`: the event as a document marked OFFICIAL (it names the people met), raised to
// the highest marking among the cases it links.
render::Document show_event(Context& ctx, std::string_view id_text);

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

// Every clash between occurrences in the same diary in the agenda, earliest first.
void for_each_conflict(const Agenda& agenda, const std::function<void(const Clash&)>& each);

// Free slots of at least `length` (typed, e.g. "1h") in working hours, bank holidays excluded.
std::vector<Slot> find_free(Context& ctx, const Period& period, std::string_view length,
                            const std::string& diary);

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
