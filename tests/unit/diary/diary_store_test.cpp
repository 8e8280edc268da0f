// Events and actions written through their column specs (diary/event_record, action_record) read
// back whole, the NULLs the tables have always held for what is absent included.
#include <doctest/doctest.h>

#include "../temp_database.hpp"
#include "clerk/diary/action_store.hpp"
#include "clerk/diary/event_store.hpp"

using namespace clerk;
using namespace clerk::diary;

namespace {

LocalTime at(const char* iso) { return LocalTime::parse_iso(iso, "test"); }
Date d(const char* iso) { return Date::parse_iso(iso, "test"); }

bool is_null(db::Connection& db, const std::string& sql) {
  db::Statement q(db, sql);
  REQUIRE(q.step());
  return q.column(0).is_null();
}

}  // namespace

TEST_SUITE("diary/store") {
  TEST_CASE("a one-off event reads back whole, its repeat columns NULL") {
    TempDatabase t;
    Event e;
    e.uid = "one@clerk";
    e.title = "Board";
    e.kind = EventKind::surgery;
    e.start = at("2026-11-30T09:30");
    e.end = at("2026-12-01T10:00");
    e.place = "Room 2";
    e.travel_minutes = 15;
    e.tentative = true;
    e.agenda = "1. Minutes";
    e.revised_utc = "20261130T093000Z";
    e.id = insert_event(*t.db, e);
    auto back = find_event(*t.db, e.id);
    REQUIRE(back);
    CHECK(back->uid == e.uid);
    CHECK(back->title == "Board");
    CHECK(back->kind == EventKind::surgery);
    CHECK(back->start == e.start);
    CHECK(back->end == e.end);
    CHECK(back->place == "Room 2");
    CHECK(back->travel_minutes == 15);
    CHECK(back->tentative);
    CHECK_FALSE(back->cancelled);
    CHECK(back->description.empty());
    CHECK(back->agenda == "1. Minutes");
    CHECK_FALSE(back->repeat);
    CHECK(back->revised_utc == e.revised_utc);
    CHECK(is_null(*t.db, "SELECT repeat_freq FROM diary_event"));
    CHECK(is_null(*t.db, "SELECT description FROM diary_event"));
    CHECK(t.db->query_text("SELECT span_days || ' ' || last_day FROM diary_event") ==
          "1 2026-12-01");
  }

  TEST_CASE("weekly and monthly rules read back as written, and update in place") {
    TempDatabase t;
    Event e;
    e.uid = "series@clerk";
    e.title = "Surgery";
    e.start = at("2026-11-30T09:30");
    e.end = at("2026-11-30T10:30");
    Recurrence weekly;
    weekly.interval = 2;
    weekly.weekdays = {std::chrono::Monday, std::chrono::Wednesday};
    weekly.until = d("2027-03-31");
    e.repeat = weekly;
    e.id = insert_event(*t.db, e);
    auto back = find_event(*t.db, e.id);
    REQUIRE(back);
    REQUIRE(back->repeat);
    CHECK(*back->repeat == weekly);
    CHECK(t.db->query_text("SELECT repeat_days || ' ' || last_day FROM diary_event") ==
          "MO,WE 2027-03-31");

    Recurrence monthly;
    monthly.frequency = Frequency::monthly;
    monthly.nth = -1;
    monthly.weekday = std::chrono::Friday;
    monthly.count = 6;
    back->repeat = monthly;
    update_event(*t.db, *back);
    auto again = find_event(*t.db, e.id);
    REQUIRE(again);
    REQUIRE(again->repeat);
    CHECK(*again->repeat == monthly);
    CHECK(is_null(*t.db, "SELECT repeat_until FROM diary_event"));
    CHECK(t.db->query_text("SELECT repeat_days FROM diary_event") == "-1FR");
  }

  TEST_CASE("an action owned by a contact stores no staff owner, and reads back whole") {
    TempDatabase t;
    t.db->exec(
        "INSERT INTO contact (id, kind, name, created_on) VALUES "
        "(4, 'person', 'Chief Constable', '2026-01-01')");
    Action a;
    a.text = "Send the figures";
    a.owner_contact_id = 4;
    a.due_on = d("2026-12-11");
    a.case_ref = "C-2026-00001";
    a.created_on = d("2026-12-01");
    a.id = insert_action(*t.db, a);
    CHECK(is_null(*t.db, "SELECT owner_id FROM diary_action"));
    CHECK(is_null(*t.db, "SELECT done_note FROM diary_action"));
    auto back = find_action(*t.db, a.id);
    REQUIRE(back);
    CHECK(back->owner_id == 0);
    CHECK(back->owner_contact_id == 4);
    CHECK(back->owner_contact_name == "Chief Constable");
    CHECK(back->owner_label() == "Chief Constable (contact)");
    CHECK(back->due_on == a.due_on);
    CHECK(back->case_ref == "C-2026-00001");
    CHECK_FALSE(back->event_id);
    CHECK(back->open());

    back->done_on = d("2026-12-05");
    back->done_note = "sent";
    update_action(*t.db, *back);
    auto done = find_action(*t.db, a.id);
    REQUIRE(done);
    CHECK(done->done_on == d("2026-12-05"));
    CHECK(done->done_note == "sent");
    CHECK_FALSE(done->open());
  }
}
