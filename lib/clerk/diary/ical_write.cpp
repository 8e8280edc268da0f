// Writing iCalendar: see ical.hpp. Section numbers are RFC 5545's.
#include <fmt/format.h>

#include "clerk/core/text.hpp"
#include "clerk/diary/ical.hpp"

namespace clerk::diary::ical {
namespace {

// Europe/London as a VTIMEZONE (section 3.6.5): BST from 01:00 UTC on the last Sunday of March
// (01:00 GMT) to 01:00 UTC on the last Sunday of October (02:00 BST). Each DTSTART is local time
// in the offset being left, as section 3.6.5 requires.
constexpr const char* kLondon[] = {"BEGIN:VTIMEZONE",
                                   "TZID:Europe/London",
                                   "BEGIN:DAYLIGHT",
                                   "TZOFFSETFROM:+0000",
                                   "TZOFFSETTO:+0100",
                                   "TZNAME:BST",
                                   "DTSTART:19810329T010000",
                                   "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
                                   "END:DAYLIGHT",
                                   "BEGIN:STANDARD",
                                   "TZOFFSETFROM:+0100",
                                   "TZOFFSETTO:+0000",
                                   "TZNAME:GMT",
                                   "DTSTART:19961027T020000",
                                   "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
                                   "END:STANDARD",
                                   "END:VTIMEZONE"};

constexpr const char* kByDay[] = {"SU", "MO", "TU", "WE", "TH", "FR", "SA"};

std::string basic_date(Date d) {
  return fmt::format("{:04}{:02}{:02}", d.year(), d.month(), d.day());
}

std::string basic_local(LocalTime t) {
  return basic_date(t.date()) +
         fmt::format("T{:02}{:02}00", t.minute_of_day() / 60, t.minute_of_day() % 60);
}

std::string basic_utc(UtcMinutes utc) {
  return basic_local(LocalTime::from_wall_minutes(utc)) + "Z";
}

// DTSTART, DTEND, EXDATE and RECURRENCE-ID share one form: a DATE for all-day events, else a
// local DATE-TIME with its TZID (section 3.3.5, form 3).
std::string when(const char* name, const Event& e, LocalTime t) {
  if (e.all_day) return std::string(name) + ";VALUE=DATE:" + basic_date(t.date());
  return std::string(name) + ";TZID=Europe/London:" + basic_local(t);
}

// A parameter value (section 3.2): quoted when it holds a colon, semicolon or comma; DQUOTE
// itself cannot appear in one, so it becomes an apostrophe.
std::string param_value(std::string_view v) {
  std::string out;
  for (char c : v)
    if (c != '\r' && c != '\n') out += c == '"' ? '\'' : c;
  if (out.find_first_of(":;,") != std::string::npos) return "\"" + out + "\"";
  return out;
}

// "2026-11-24T09:15:02.123Z" (the audit clock's form) → "20261124T091502Z".
std::string dtstamp(std::string_view utc) {
  if (utc.size() < 19) return "19700101T000000Z";
  std::string out;
  for (char c : utc.substr(0, 19))
    if (c != '-' && c != ':') out += c;
  return out + "Z";
}

std::string rrule(const Event& e) {
  const Recurrence& r = *e.repeat;
  std::string out = r.frequency == Frequency::weekly ? "FREQ=WEEKLY" : "FREQ=MONTHLY";
  if (r.interval > 1) out += ";INTERVAL=" + std::to_string(r.interval);
  if (r.frequency == Frequency::weekly) {
    std::vector<std::string> days;
    auto wanted = r.weekdays.empty() ? std::vector{e.start.date().weekday()} : r.weekdays;
    for (auto d : wanted) days.emplace_back(kByDay[d.c_encoding()]);
    out += ";BYDAY=" + text::join(days, ",");
  } else if (r.nth == 0) {
    out += ";BYMONTHDAY=" + std::to_string(e.start.date().day());
  } else {
    out += ";BYDAY=" + std::to_string(r.nth) + kByDay[r.weekday.c_encoding()];
  }
  // UNTIL must be a DATE when DTSTART is one, else a UTC DATE-TIME (section 3.3.10): the start
  // of the last instance allowed.
  if (r.until)
    out +=
        ";UNTIL=" + (e.all_day ? basic_date(*r.until)
                               : basic_utc(to_utc(LocalTime(*r.until, e.start.minute_of_day()))));
  if (r.count > 0) out += ";COUNT=" + std::to_string(r.count);
  return out;
}

}  // namespace

std::string escape_text(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\\' || c == ';' || c == ',') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c == '\r') {
      if (i + 1 >= text.size() || text[i + 1] != '\n') out += "\\n";
    } else {
      out += c;
    }
  }
  return out;
}

std::string fold(std::string_view line) {
  std::string out;
  size_t pos = 0, limit = 75;
  while (line.size() - pos > limit) {
    size_t cut = pos + limit;
    // Back up to the start of a UTF-8 sequence: continuation bytes are 10xxxxxx.
    while (cut > pos && (static_cast<unsigned char>(line[cut]) & 0xC0) == 0x80) --cut;
    out.append(line.substr(pos, cut - pos));
    out += "\r\n ";
    pos = cut;
    limit = 74;  // the leading space of a continuation line counts
  }
  out.append(line.substr(pos));
  out += "\r\n";
  return out;
}

std::string format_duration(int minutes) {
  if (minutes > 0 && minutes % 1440 == 0) return "P" + std::to_string(minutes / 1440) + "D";
  std::string out = "PT";
  if (minutes >= 60) out += std::to_string(minutes / 60) + "H";
  if (minutes % 60 != 0 || minutes == 0) out += std::to_string(minutes % 60) + "M";
  return out;
}

std::string not_listed_note(int count) {
  return "Also attending: " + std::to_string(count) + (count == 1 ? " person" : " people") +
         " not on the staff (not listed in this export)";
}

Writer::Writer(std::ostream& out, bool all_attendees) : out_(out), all_attendees_(all_attendees) {
  line("BEGIN:VCALENDAR");
  line("VERSION:2.0");
  line(std::string("PRODID:-//clerk//clerk ") + CLERK_VERSION + "//EN");
  line("CALSCALE:GREGORIAN");
  for (const char* l : kLondon) line(l);
}

void Writer::line(std::string_view content) { out_ << fold(content); }

void Writer::event(const Event& e) {
  line("BEGIN:VEVENT");
  line("UID:" + escape_text(e.uid));
  line("DTSTAMP:" + dtstamp(e.revised_utc));
  line(when("DTSTART", e, e.start));
  line(when("DTEND", e, e.end));
  if (e.repeat) {
    line("RRULE:" + rrule(e));
    std::vector<std::string> gone;
    for (const auto& c : e.changes)
      if (c.cancelled) {
        LocalTime at(c.original, e.start.minute_of_day());
        gone.push_back(e.all_day ? basic_date(c.original) : basic_local(at));
      }
    if (!gone.empty())
      line(std::string(e.all_day ? "EXDATE;VALUE=DATE:" : "EXDATE;TZID=Europe/London:") +
           text::join(gone, ","));
  }
  line("SUMMARY:" + escape_text(e.title));
  if (!e.place.empty()) line("LOCATION:" + escape_text(e.place));
  int not_listed = 0;
  if (!all_attendees_)
    for (const auto& a : e.attendees)
      if (!a.staff_id) ++not_listed;
  std::string description = e.description;
  if (not_listed > 0)
    description += (description.empty() ? "" : "\n\n") + not_listed_note(not_listed);
  if (!description.empty()) line("DESCRIPTION:" + escape_text(description));
  line(std::string("STATUS:") + (e.cancelled   ? "CANCELLED"
                                 : e.tentative ? "TENTATIVE"
                                               : "CONFIRMED"));
  if (e.all_day) line("TRANSP:TRANSPARENT");
  for (const auto& a : e.attendees) {
    if (!all_attendees_ && !a.staff_id) continue;
    std::string cn = "ATTENDEE;CN=" + param_value(a.name);
    if (!a.email.empty())
      line(cn + ":mailto:" + a.email);
    else
      line("X-CLERK-WITH:" + escape_text(a.name));
  }
  // Extensions (section 3.8.8.2) so a round trip through clerk keeps what iCalendar has no
  // property for; other programs ignore them.
  line("X-CLERK-KIND:" + word(e.kind));
  line("X-CLERK-DIARY:" + escape_text(e.diary));
  if (e.travel_minutes > 0) line("X-CLERK-TRAVEL:" + format_duration(e.travel_minutes));
  for (const auto& ref : e.case_refs) line("X-CLERK-CASE:" + escape_text(ref));
  if (not_listed > 0) line("X-CLERK-NOT-LISTED:" + std::to_string(not_listed));
  line("END:VEVENT");
  // A moved occurrence is its own VEVENT with the series' UID and the RECURRENCE-ID of the
  // instance it replaces (section 3.8.4.4).
  for (const auto& c : e.changes) {
    if (c.cancelled) continue;
    line("BEGIN:VEVENT");
    line("UID:" + escape_text(e.uid));
    line("DTSTAMP:" + dtstamp(e.revised_utc));
    line(when("RECURRENCE-ID", e, LocalTime(c.original, e.start.minute_of_day())));
    line(when("DTSTART", e, c.start));
    line(when("DTEND", e, c.end));
    line("SUMMARY:" + escape_text(e.title));
    if (!e.place.empty()) line("LOCATION:" + escape_text(e.place));
    line("END:VEVENT");
  }
}

void Writer::finish() {
  line("END:VCALENDAR");
  out_.flush();
}

}  // namespace clerk::diary::ical
