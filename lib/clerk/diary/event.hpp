// Diary events: kinds, times, attendees, per-occurrence changes, and the pure rules about them —
// expansion to occurrences, the time an occurrence keeps its diary busy, and clashes.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "clerk/core/local_time.hpp"
#include "clerk/core/word_enum.hpp"
#include "clerk/diary/recurrence.hpp"

namespace clerk::diary {

enum class EventKind { meeting, surgery, visit, event, travel, call };
const EnumWords& enum_words(EventKind);

// The diary events go in when no --diary is given.
inline constexpr std::string_view kDefaultDiary = "main";

// Someone at an event: a contact, a member of staff, or just a name.
struct Attendee {
  int64_t id = 0;
  std::optional<int64_t> contact_id;
  std::optional<int64_t> staff_id;
  std::string name;
  // The contact's or staff member's, read live; stored only for a name alone (an invitation's).
  std::string email;
};

// One occurrence of a series changed on its own: cancelled, or moved to another time.
struct OccurrenceChange {
  int64_t id = 0;
  Date original;  // the day the rule put it on: how people and RECURRENCE-ID name it
  bool cancelled = false;
  LocalTime start, end;  // where it went, when moved

  bool operator==(const OccurrenceChange&) const = default;
};

struct Event {
  int64_t id = 0;
  std::string uid;  // stable across exports (RFC 5545 section 3.8.4.7)
  std::string diary = std::string(kDefaultDiary);
  std::string title;
  EventKind kind = EventKind::meeting;
  // Europe/London wall-clock times. An all-day event runs from midnight of its first day to
  // midnight after its last (an exclusive end, as DTEND is for a DATE in RFC 5545).
  LocalTime start, end;
  bool all_day = false;
  std::string place;
  int travel_minutes = 0;  // each way: the diary is busy this long before and after
  bool tentative = false;
  bool cancelled = false;
  std::string description;
  std::string agenda;
  std::string minutes;
  std::optional<Recurrence> repeat;
  std::vector<OccurrenceChange> changes;  // of a series, by original date
  std::string revised_utc;                // when last changed: DTSTAMP on export
  // Filled only where needed (show, brief, export): the store loads them separately.
  std::vector<Attendee> attendees;
  std::vector<std::string> case_refs;
};

// Error{bad_data} naming the field: a title is required, the end must follow the start, a
// repeat's until must not precede its start, travel is 0 to 24 hours, text must be UTF-8.
void validate(const Event& event);

// One occurrence: the event itself, or one instance of its series.
struct Occurrence {
  const Event* event = nullptr;
  Date original;  // the day the rule gave (the event's own start day for a one-off)
  LocalTime start, end;
  bool moved = false;
};

// The occurrences of `event` that overlap [from, to), in no particular order: a one-off, or
// each instance of a series with its cancelled ones left out and its moved ones where they
// went. Each instance keeps the first's wall-clock start time across the clock changes
// (RFC 5545 section 3.3.10) and its exact duration (section 3.8.5.3).
void for_each_occurrence(const Event& event, LocalTime from, LocalTime to,
                         const std::function<void(const Occurrence&)>& each);
// The instance of a series the rule puts on `original`, whether or not it was changed.
std::optional<Occurrence> scheduled_occurrence(const Event& event, Date original);

// The last day any occurrence touches, or nullopt when a series does not end: what the store
// indexes so a range query can skip series that are over.
std::optional<Date> last_day(const Event& event);

// The span an occurrence keeps its diary busy, in UTC minutes: travel time either side. All-day
// events block nothing: like Outlook's and Google's (TRANSP:TRANSPARENT, RFC 5545 section
// 3.8.2.7) they mark the day without making anyone busy.
struct Busy {
  UtcMinutes from = 0;
  UtcMinutes to = 0;
};
std::optional<Busy> busy(const Occurrence& occurrence);

// Two occurrences in the same diary whose busy spans overlap.
struct Clash {
  Occurrence first;  // the earlier to become busy
  Occurrence second;
  int minutes = 0;  // how long they overlap
};
// Calls `each` with every clash among `occurrences` (any order), earliest first: a sweep over
// busy spans sorted by their start, so a year of a busy diary is n log n, not n squared, and the
// clashes stream out rather than pile up.
void for_each_clash(std::vector<Occurrence> occurrences,
                    const std::function<void(const Clash&)>& each);
// The clashes of `candidate` with each of `others` (other instances of the same event included,
// the candidate's own instance excluded).
std::vector<Clash> clashes_with(const Occurrence& candidate, const std::vector<Occurrence>& others);

}  // namespace clerk::diary
