// iCalendar (RFC 5545): the diary written for Outlook, Google Calendar and phones, and their
// exports read back. Writing is in ical_write.cpp, reading in ical_read.cpp.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "clerk/diary/event.hpp"

namespace clerk::diary::ical {

// TEXT escaping (section 3.3.11): backslash, semicolon, comma and newline.
std::string escape_text(std::string_view text);
std::string unescape_text(std::string_view text);
// One content line, CRLF-terminated and folded (section 3.1) so no line exceeds 75 octets;
// folds never split a UTF-8 sequence.
std::string fold(std::string_view line);
// A DURATION value (section 3.3.6): PT1H30M, P1D.
std::string format_duration(int minutes);

// What DESCRIPTION says of the attendees an export leaves out, after the event's own text; the
// reader takes it off again when X-CLERK-NOT-LISTED gives the same count.
std::string not_listed_note(int count);

// Streams a VCALENDAR: the header and the Europe/London VTIMEZONE on construction, one VEVENT
// per event (plus one per moved occurrence, tied to its series by RECURRENCE-ID), then finish().
// Attendees are staff only unless `all_attendees`: a calendar client offers to email every
// ATTENDEE, and constituents at a surgery must not be invited (UK GDPR data minimisation), so
// the others are a count in DESCRIPTION.
class Writer {
 public:
  explicit Writer(std::ostream& out, bool all_attendees = false);
  void event(const Event& event);
  void finish();

 private:
  void line(std::string_view content);
  std::ostream& out_;
  bool all_attendees_;
};

// One VEVENT as read, or a series with its EXDATEs and RECURRENCE-ID overrides folded in.
struct ImportedEvent {
  Event event;   // no id; attendees by name; the uid as given, or derived (see uid_derived)
  int line = 0;  // of its BEGIN:VEVENT
  // Properties, components and rule parts that clerk cannot represent, by name: reported, never
  // silently dropped.
  std::vector<std::string> not_kept;
  // Set when the event itself cannot be kept (no DTSTART, a value that does not parse, a time
  // zone clerk cannot convert, a later event with its UID), with why and the line that says so.
  std::string skipped;
  int skipped_line = 0;
  // Whether the file said these (X-CLERK-*): an update from Outlook's export must not reset them.
  bool has_kind = false, has_diary = false, has_travel = false;
  // The file gave no UID: one was made from the event's content (see read()).
  bool uid_derived = false;
};

struct ReadResult {
  std::vector<ImportedEvent> events;
  std::vector<std::string> notes;  // about the file as a whole (to-dos and journals skipped)
  int derived_uids = 0;
};

// How read() takes an event it cannot keep.
enum class Strictness {
  // Skipped with its reason (ImportedEvent::skipped), the rest read: a calendar comes from a
  // system the office does not control, and one bad event must not cost it the others.
  lenient,
  // Error{bad_data} naming the line, as for money and case files: all or nothing.
  strict,
};

// Reads an iCalendar stream (CRLF or bare LF line ends). A file that is not a calendar — no
// VCALENDAR, unbalanced BEGIN/END, text that is not UTF-8 — is Error{bad_data} naming `source`
// and the line, whatever the strictness. Within it, leniently:
// - an event without a DTSTART, or with a line or value that does not parse, is skipped with why;
// - an event without a UID is given one derived from the calendar's PRODID and the event's
//   DTSTART, SUMMARY, LOCATION and RRULE, so reading the same file again gives the same UID;
// - of two events with one UID and no RECURRENCE-ID, the later is kept, the earlier skipped;
// - each RDATE (a DATE-TIME, a DATE, or a PERIOD) not struck out by an EXDATE becomes an event
//   of its own, its UID the series' with "/rdate/" and its start, since a diary series is one
//   rule;
// - a malformed line outside any event is ignored with a note.
ReadResult read(std::string_view text, std::string_view source,
                Strictness strictness = Strictness::strict);

}  // namespace clerk::diary::ical
