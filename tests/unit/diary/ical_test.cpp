#include "clerk/diary/ical.hpp"

#include <doctest/doctest.h>

#include <sstream>
#include <string>

#include "clerk/core/error.hpp"

using clerk::Date;
using clerk::LocalTime;
using namespace clerk::diary;

namespace {

LocalTime at(const char* iso) { return LocalTime::parse_iso(iso, "test"); }

std::string calendar(const std::string& events) {
  return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n" + events + "END:VCALENDAR\r\n";
}

std::string written(const Event& e, bool all_attendees = false) {
  std::ostringstream out;
  ical::Writer w(out, all_attendees);
  w.event(e);
  w.finish();
  return out.str();
}

int error_line(const std::string& text) {
  try {
    ical::read(text, "test.ics");
  } catch (const clerk::Error& e) {
    CHECK(e.kind() == clerk::ErrorKind::bad_data);
    CHECK(e.source() == "test.ics");
    return e.line();
  }
  FAIL("accepted");
  return 0;
}

}  // namespace

TEST_SUITE("diary/ical") {
  TEST_CASE("text escapes backslash, semicolon, comma and newline (3.3.11)") {
    CHECK(ical::escape_text("a\\b;c,d\ne") == "a\\\\b\\;c\\,d\\ne");
    CHECK(ical::escape_text("line\r\nnext") == "line\\nnext");
    CHECK(ical::unescape_text("a\\\\b\\;c\\,d\\ne\\N") == "a\\b;c,d\ne\n");
  }

  TEST_CASE("long lines fold at 75 octets without splitting a UTF-8 character (3.1)") {
    std::string line = "DESCRIPTION:" + std::string(100, 'x');
    std::string folded = ical::fold(line);
    CHECK(folded.substr(0, 77) == line.substr(0, 75) + "\r\n");
    CHECK(folded.substr(77, 1) == " ");
    CHECK(folded.ends_with("\r\n"));
    // 'é' is two octets; 73 ASCII then é would straddle octet 75, so the fold comes before it.
    std::string accented = std::string(74, 'a') + "\xC3\xA9" + "z";
    std::string f = ical::fold(accented);
    CHECK(f.substr(0, 76) == std::string(74, 'a') + "\r\n");
    CHECK(f.substr(76) == " \xC3\xA9z\r\n");
    for (size_t start = 0, end; (end = f.find("\r\n", start)) != std::string::npos; start = end + 2)
      CHECK(end - start <= 75);
  }

  TEST_CASE("durations print in RFC 5545 form (3.3.6)") {
    CHECK(ical::format_duration(90) == "PT1H30M");
    CHECK(ical::format_duration(30) == "PT30M");
    CHECK(ical::format_duration(1440) == "P1D");
  }

  TEST_CASE("an event is written with its zone, rule, exceptions and escaped text") {
    Event e;
    e.uid = "abc@clerk";
    e.title = "Surgery; drop-in, all welcome";
    e.kind = EventKind::surgery;
    e.start = at("2026-11-27T10:00");
    e.end = at("2026-11-27T12:00");
    e.repeat = Recurrence{};
    e.repeat->until = Date::parse_iso("2027-03-26", "t");
    e.changes = {{1, Date::parse_iso("2026-12-25", "t"), true, {}, {}}};
    e.revised_utc = "2026-11-24T09:15:02.123Z";
    std::string text = written(e);
    CHECK(text.find("BEGIN:VTIMEZONE\r\nTZID:Europe/London\r\n") != std::string::npos);
    CHECK(text.find("DTSTART;TZID=Europe/London:20261127T100000\r\n") != std::string::npos);
    // UNTIL in UTC for a zoned start (3.3.10): 10:00 GMT on 26 March 2027.
    CHECK(text.find("RRULE:FREQ=WEEKLY;BYDAY=FR;UNTIL=20270326T100000Z\r\n") != std::string::npos);
    CHECK(text.find("EXDATE;TZID=Europe/London:20261225T100000\r\n") != std::string::npos);
    CHECK(text.find("SUMMARY:Surgery\\; drop-in\\, all welcome\r\n") != std::string::npos);
    CHECK(text.find("DTSTAMP:20261124T091502Z\r\n") != std::string::npos);
    CHECK(text.find("\n\n") == std::string::npos);
  }

  TEST_CASE("what is written reads back the same") {
    Event e;
    e.uid = "round@clerk";
    e.title = "Monthly team, with notes\nsecond line";
    e.place = "Room 2; first floor";
    e.kind = EventKind::meeting;
    e.diary = "manager";
    e.travel_minutes = 20;
    e.tentative = true;
    e.start = at("2026-11-26T14:00");
    e.end = at("2026-11-26T15:30");
    Recurrence r;
    r.frequency = Frequency::monthly;
    r.nth = -1;
    r.weekday = std::chrono::Thursday;
    r.count = 6;
    e.repeat = r;
    e.changes = {{0, Date::parse_iso("2027-01-28", "t"), false, at("2027-01-29T09:00"),
                  at("2027-01-29T10:30")}};
    e.attendees = {Attendee{0, {}, {}, "Ann Jones", "ann@example.com"}};
    e.case_refs = {"C-12"};
    auto back = ical::read(written(e, true), "t");
    REQUIRE(back.events.size() == 1);
    const Event& f = back.events[0].event;
    CHECK(back.events[0].not_kept.empty());
    CHECK(f.uid == e.uid);
    CHECK(f.title == e.title);
    CHECK(f.place == e.place);
    CHECK(f.diary == "manager");
    CHECK(f.travel_minutes == 20);
    CHECK(f.tentative);
    CHECK(f.start == e.start);
    CHECK(f.end == e.end);
    CHECK(f.repeat == e.repeat);
    CHECK(f.changes == e.changes);
    REQUIRE(f.attendees.size() == 1);
    CHECK(f.attendees[0].email == "ann@example.com");
    CHECK(f.case_refs == e.case_refs);
  }

  TEST_CASE("only staff are attendees unless all are asked for: the others are a count") {
    Event e;
    e.uid = "surgery@clerk";
    e.title = "Surgery";
    e.description = "Bring leaflets";
    e.start = at("2026-11-27T10:00");
    e.end = at("2026-11-27T12:00");
    Attendee staff{0, {}, int64_t{7}, "Priya Shah", "priya@example.org"};
    Attendee constituent{0, int64_t{1}, {}, "Mrs Ann Jones", "ann@example.com"};
    Attendee guest{0, {}, {}, "Jo Smith", ""};
    e.attendees = {staff, constituent, guest};
    std::string text = written(e);
    CHECK(text.find("ATTENDEE;CN=Priya Shah:mailto:priya@example.org\r\n") != std::string::npos);
    CHECK(text.find("ann@example.com") == std::string::npos);
    CHECK(text.find("Ann Jones") == std::string::npos);
    CHECK(text.find("Jo Smith") == std::string::npos);
    CHECK(text.find("X-CLERK-NOT-LISTED:2\r\n") != std::string::npos);
    auto back = ical::read(text, "t");
    REQUIRE(back.events.size() == 1);
    // The count is clerk's note, not the event's description: it comes off on reading.
    CHECK(back.events[0].event.description == "Bring leaflets");
    CHECK(back.events[0].not_kept.empty());
    SUBCASE("with all attendees, everyone is listed and nothing is counted") {
      std::string all = written(e, true);
      CHECK(all.find("ATTENDEE;CN=Mrs Ann Jones:mailto:ann@example.com\r\n") != std::string::npos);
      CHECK(all.find("X-CLERK-WITH:Jo Smith\r\n") != std::string::npos);
      CHECK(all.find("X-CLERK-NOT-LISTED") == std::string::npos);
      CHECK(all.find("DESCRIPTION:Bring leaflets\r\n") != std::string::npos);
    }
  }

  TEST_CASE("Outlook's exports: folded lines, its zone name, last-weekday rules, UTC times") {
    auto r = ical::read(calendar("BEGIN:VEVENT\r\n"
                                 "UID:040000008200E00074C5B7101A82E008\r\n"
                                 "SUMMARY:Board\r\n  meeting\r\n"
                                 "DTSTART;TZID=\"GMT Standard Time\":20261129T100000\r\n"
                                 "DURATION:PT1H30M\r\n"
                                 "RRULE:FREQ=MONTHLY;BYDAY=-1SU\r\n"
                                 "END:VEVENT\r\n"
                                 "BEGIN:VEVENT\r\n"
                                 "UID:x2\r\nSUMMARY:Lunch\r\n"
                                 "DTSTART:20260701T110000Z\r\nDTEND:20260701T120000Z\r\n"
                                 "RRULE:FREQ=MONTHLY;BYDAY=WE;BYSETPOS=-1;COUNT=3\r\n"
                                 "END:VEVENT\r\n"),
                        "outlook.ics");
    REQUIRE(r.events.size() == 2);
    const Event& board = r.events[0].event;
    CHECK(board.title == "Board meeting");
    CHECK(board.start == at("2026-11-29T10:00"));
    CHECK(board.end == at("2026-11-29T11:30"));
    REQUIRE(board.repeat);
    CHECK(board.repeat->nth == -1);
    CHECK(board.repeat->weekday == std::chrono::Sunday);
    const Event& lunch = r.events[1].event;
    CHECK(lunch.start == at("2026-07-01T12:00"));  // 11:00 UTC is noon BST
    CHECK(lunch.repeat->nth == -1);
    CHECK(lunch.repeat->count == 3);
  }

  TEST_CASE("what cannot be represented is reported per event, never dropped silently") {
    auto r =
        ical::read(calendar("BEGIN:VEVENT\r\nUID:1\r\nSUMMARY:Daily stand-up\r\n"
                            "DTSTART;VALUE=DATE:20261130\r\n"
                            "RRULE:FREQ=DAILY\r\nORGANIZER:mailto:a@b.c\r\n"
                            "BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-PT15M\r\nEND:VALARM\r\n"
                            "END:VEVENT\r\n"
                            "BEGIN:VEVENT\r\nUID:2\r\nSUMMARY:New York call\r\n"
                            "DTSTART;TZID=America/New_York:20261130T090000\r\nEND:VEVENT\r\n"
                            "BEGIN:VTODO\r\nUID:3\r\nEND:VTODO\r\n"),
                   "phone.ics", ical::Strictness::lenient);
    REQUIRE(r.events.size() == 2);
    const auto& daily = r.events[0];
    CHECK(daily.event.all_day);
    CHECK(daily.event.end == at("2026-12-01T00:00"));
    CHECK_FALSE(daily.event.repeat);
    CHECK(daily.not_kept == std::vector<std::string>{"VALARM (reminder)", "ORGANIZER",
                                                     "RRULE FREQ=DAILY (kept as its first "
                                                     "occurrence only)"});
    CHECK(r.events[1].skipped.find("America/New_York") != std::string::npos);
    CHECK(r.notes.size() == 1);
  }

  TEST_CASE("leniently, an event that cannot be kept is skipped with why; the rest are read") {
    auto r = ical::read(
        calendar("BEGIN:VEVENT\r\nUID:a\r\nSUMMARY:Board away day\r\nEND:VEVENT\r\n"
                 "BEGIN:VEVENT\r\nUID:b\r\nSUMMARY:Bad date\r\nDTSTART:20261301T100000\r\n"
                 "END:VEVENT\r\n"
                 "BEGIN:VEVENT\r\nUID:c\r\nSUMMARY:No colon\r\nDTSTART 20261130\r\n"
                 "END:VEVENT\r\n"
                 "BEGIN:VEVENT\r\nUID:d\r\nSUMMARY:Fine\r\nDTSTART:20261130T100000\r\n"
                 "END:VEVENT\r\n"),
        "t.ics", ical::Strictness::lenient);
    REQUIRE(r.events.size() == 4);
    CHECK(r.events[0].skipped == "no DTSTART");
    CHECK(r.events[0].skipped_line == 4);
    CHECK(r.events[0].event.title == "Board away day");
    CHECK(r.events[1].skipped == "DTSTART: '20261301T100000' is not a DATE-TIME");
    CHECK(r.events[1].skipped_line == 11);
    CHECK(r.events[2].skipped == "expected NAME:value, found no colon");
    CHECK(r.events[2].skipped_line == 16);
    CHECK(r.events[3].skipped.empty());
    CHECK(r.events[3].event.start == at("2026-11-30T10:00"));
    // Strictly, the first of them refuses the file.
    CHECK(error_line(calendar("BEGIN:VEVENT\r\nUID:a\r\nEND:VEVENT\r\n")) == 4);
  }

  TEST_CASE("an event without a UID is given one from its content, the same each time") {
    auto text = calendar(
        "BEGIN:VEVENT\r\nSUMMARY:Surgery\r\nDTSTART:20261205T100000\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nSUMMARY:Surgery\r\nDTSTART:20261212T100000\r\nEND:VEVENT\r\n");
    auto r = ical::read(text, "t.ics", ical::Strictness::lenient);
    REQUIRE(r.events.size() == 2);
    CHECK(r.derived_uids == 2);
    CHECK(r.events[0].uid_derived);
    CHECK(r.events[0].event.uid.starts_with("derived-"));
    CHECK(r.events[0].event.uid != r.events[1].event.uid);
    CHECK(ical::read(text, "again.ics", ical::Strictness::lenient).events[0].event.uid ==
          r.events[0].event.uid);
    // Another calendar (PRODID) with the same event is another event.
    std::string other = text;
    other.replace(other.find("-//test//EN"), 11, "-//other//EN");
    CHECK(ical::read(other, "o.ics", ical::Strictness::lenient).events[0].event.uid !=
          r.events[0].event.uid);
    CHECK(error_line(text) == 4);
  }

  TEST_CASE("of two events with one UID, the later is kept and the earlier reported") {
    auto text = calendar(
        "BEGIN:VEVENT\r\nUID:x\r\nSUMMARY:Old\r\nDTSTART:20261201T100000\r\n"
        "END:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:x\r\nSUMMARY:New\r\nDTSTART:20261202T100000\r\n"
        "END:VEVENT\r\n");
    auto r = ical::read(text, "t.ics", ical::Strictness::lenient);
    REQUIRE(r.events.size() == 2);
    CHECK(r.events[0].skipped == "the event at line 9 has the same UID and is kept instead");
    CHECK(r.events[1].skipped.empty());
    CHECK(r.events[1].event.title == "New");
    CHECK(error_line(text) == 9);
  }

  TEST_CASE("RDATE lists (DATE-TIME, DATE, PERIOD) are occurrences; EXDATE strikes them out") {
    auto r = ical::read(
        calendar("BEGIN:VEVENT\r\nUID:s\r\nSUMMARY:Surgery\r\n"
                 "DTSTART:20261205T100000\r\nDTEND:20261205T120000\r\n"
                 "RDATE:20261212T100000,20261219T100000\r\n"
                 "RDATE;VALUE=PERIOD:20270109T090000/20270109T100000,20270116T090000/PT30M\r\n"
                 "EXDATE:20261219T100000\r\n"
                 "END:VEVENT\r\n"
                 "BEGIN:VEVENT\r\nUID:s\r\nRECURRENCE-ID:20261212T100000\r\n"
                 "SUMMARY:Surgery (moved)\r\nDTSTART:20261212T140000\r\n"
                 "DTEND:20261212T160000\r\nEND:VEVENT\r\n"
                 "BEGIN:VEVENT\r\nUID:leave\r\nSUMMARY:Leave\r\n"
                 "DTSTART;VALUE=DATE:20261221\r\nDTEND;VALUE=DATE:20261222\r\n"
                 "RDATE;VALUE=DATE:20261223,20261224\r\nEND:VEVENT\r\n"),
        "t.ics", ical::Strictness::lenient);
    REQUIRE(r.events.size() == 7);
    CHECK(r.events[0].event.uid == "s");
    CHECK(r.events[0].not_kept.empty());
    CHECK(r.events[1].event.uid == "s/rdate/20261212T1000");
    CHECK(r.events[1].event.title == "Surgery (moved)");  // its RECURRENCE-ID
    CHECK(r.events[1].event.start == at("2026-12-12T14:00"));
    CHECK(r.events[2].event.uid == "s/rdate/20270109T0900");
    CHECK(r.events[2].event.end == at("2027-01-09T10:00"));
    CHECK(r.events[3].event.end == at("2027-01-16T09:30"));
    CHECK(r.events[4].event.uid == "leave");
    CHECK(r.events[5].event.uid == "leave/rdate/20261223");
    CHECK(r.events[5].event.all_day);
    CHECK(r.events[5].event.end == at("2026-12-24T00:00"));
    CHECK(r.events[6].event.uid == "leave/rdate/20261224");
  }

  TEST_CASE("parameters: several values (RFC 7256), caret escapes (RFC 6868), no refusal") {
    auto r = ical::read(
        calendar("BEGIN:VEVENT\r\nUID:p\r\nSUMMARY:Panel\r\nDTSTART:20261130T100000\r\n"
                 "ATTENDEE;MEMBER=\"mailto:a@x.org\",\"mailto:b@x.org\";CN=George ^'Babe^' "
                 "Ruth:mailto:g@x.org\r\n"
                 "ATTACH;FMTTYPE=image/png;ENCODING=BASE64;VALUE=BINARY:iVBORw0KGgo=\r\n"
                 "IMAGE;VALUE=URI;DISPLAY=BADGE,THUMBNAIL:https://x.org/i.png\r\n"
                 "CONFERENCE;VALUE=URI;FEATURE=PHONE,MODERATOR:tel:+441234\r\n"
                 "RELATED-TO;RELTYPE=PARENT;GAP=PT1H:other\r\n"
                 "END:VEVENT\r\n"),
        "t.ics", ical::Strictness::strict);
    REQUIRE(r.events.size() == 1);
    REQUIRE(r.events[0].event.attendees.size() == 1);
    CHECK(r.events[0].event.attendees[0].name == "George \"Babe\" Ruth");
    CHECK(r.events[0].event.attendees[0].email == "g@x.org");
    CHECK(r.events[0].not_kept ==
          std::vector<std::string>{"ATTACH", "IMAGE", "CONFERENCE", "RELATED-TO"});
  }

  TEST_CASE("malformed input is an error naming the line") {
    CHECK(error_line("BEGIN:VEVENT\r\n") == 1);
    CHECK(error_line(calendar("BEGIN:VEVENT\r\nUID:1\r\nDTSTART 20261130\r\nEND:VEVENT\r\n")) == 6);
    CHECK(error_line(calendar("BEGIN:VEVENT\r\nUID:1\r\nDTSTART:2026113\r\nEND:VEVENT\r\n")) == 6);
    CHECK(error_line(calendar("BEGIN:VEVENT\r\nUID:1\r\nSUMMARY:x\r\nEND:VEVENT\r\n")) == 4);
    CHECK(error_line(calendar("BEGIN:VEVENT\r\nUID:1\r\nDTSTART:20261130T100000\r\n")) == 7);
    CHECK(error_line("BEGIN:VCALENDAR\nBEGIN:VEVENT\nEND:VTODO\n") == 3);
  }

  TEST_CASE("an absurd rule count is out of range, not 'not a number'") {
    try {
      ical::read(calendar("BEGIN:VEVENT\r\nUID:1\r\nDTSTART:20261130T100000Z\r\n"
                          "RRULE:FREQ=WEEKLY;COUNT=2000000000\r\nEND:VEVENT\r\n"),
                 "test.ics");
      FAIL("accepted");
    } catch (const clerk::Error& e) {
      CHECK(e.kind() == clerk::ErrorKind::bad_data);
      CHECK(std::string(e.what()).find("out of range") != std::string::npos);
    }
  }
}
