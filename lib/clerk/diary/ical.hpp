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
  Event event;   // no id; attendees by name; the uid as given
  int line = 0;  // of its BEGIN:VEVENT
  // Properties, components and rule parts that clerk cannot represent, by name: reported, never
  // silently dropped.
  std::vector<std::string> not_kept;
  // Set when the event itself cannot be kept (a time zone clerk cannot convert), with why.
  std::string skipped;
  // Whether the file said these (X-CLERK-*): an update from Outlook's export must not reset them.
  bool has_kind = false, has_diary = false, has_travel = false;
};

struct ReadResult {
  std::vector<ImportedEvent> events;
  std::vector<std::string> notes;  // about the file as a whole (to-dos and journals skipped)
};

// Reads an iCalendar stream (CRLF or bare LF line ends). Malformed input — no VCALENDAR,
// unbalanced BEGIN/END, a content line without a colon, an event without UID or DTSTART, a date
// that does not parse — is Error{bad_data} naming `source` and the line.
ReadResult read(std::string_view text, std::string_view source);

}  // namespace clerk::diary::ical
