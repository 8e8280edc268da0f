#include "clerk/diary/event.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "clerk/core/error.hpp"

using clerk::Date;
using clerk::LocalTime;
using namespace clerk::diary;

namespace {

LocalTime at(const char* iso) { return LocalTime::parse_iso(iso, "test"); }
Date d(const char* iso) { return Date::parse_iso(iso, "test"); }

Event event(int64_t id, const char* start, const char* end, int travel = 0) {
  Event e;
  e.id = id;
  e.title = "event " + std::to_string(id);
  e.start = at(start);
  e.end = at(end);
  e.travel_minutes = travel;
  return e;
}

std::vector<Occurrence> occurrences(const Event& e, const char* from, const char* to) {
  std::vector<Occurrence> out;
  for_each_occurrence(e, at(from), at(to), [&](const Occurrence& o) { out.push_back(o); });
  return out;
}

std::vector<Clash> clashes_among(const std::vector<Occurrence>& occurrences) {
  std::vector<Clash> out;
  for_each_clash(occurrences, [&](const Clash& c) { out.push_back(c); });
  return out;
}

}  // namespace

TEST_SUITE("diary/event") {
  TEST_CASE("a weekly series keeps its wall-clock time across both clock changes") {
    Event e = event(1, "2026-03-20T10:00", "2026-03-20T11:00");
    e.repeat = Recurrence{};
    auto spring = occurrences(e, "2026-03-27T00:00", "2026-04-04T00:00");
    REQUIRE(spring.size() == 2);
    CHECK(spring[1].start == at("2026-04-03T10:00"));
    CHECK(spring[1].end == at("2026-04-03T11:00"));
    // Same wall-clock time, an hour earlier in UTC once BST starts on 29 March.
    CHECK(clerk::to_utc(spring[1].start) - clerk::to_utc(spring[0].start) == 7 * 1440 - 60);
    auto autumn = occurrences(e, "2026-10-20T00:00", "2026-11-01T00:00");
    REQUIRE(autumn.size() == 2);
    CHECK(autumn[1].start == at("2026-10-30T10:00"));
    CHECK(clerk::to_utc(autumn[1].start) - clerk::to_utc(autumn[0].start) == 7 * 1440 + 60);
  }

  TEST_CASE("an occurrence spanning the autumn change keeps its exact length") {
    // Saturday 23:30 for three hours ends at 01:30 GMT on the Sunday, not 02:30.
    Event e = event(1, "2026-10-17T23:30", "2026-10-18T02:30");
    e.repeat = Recurrence{};
    auto o = occurrences(e, "2026-10-24T00:00", "2026-10-25T12:00");
    REQUIRE(o.size() == 1);
    CHECK(o[0].end == at("2026-10-25T01:30"));
  }

  TEST_CASE("cancelled occurrences go and moved ones appear where they went") {
    Event e = event(1, "2026-11-27T10:00", "2026-11-27T12:00");
    e.repeat = Recurrence{};
    e.changes = {{1, d("2026-12-04"), true, {}, {}},
                 {2, d("2026-12-11"), false, at("2026-12-15T14:00"), at("2026-12-15T16:00")}};
    auto week = occurrences(e, "2026-12-01T00:00", "2026-12-19T00:00");
    REQUIRE(week.size() == 2);
    CHECK(week[0].start == at("2026-12-18T10:00"));
    CHECK(week[1].start == at("2026-12-15T14:00"));
    CHECK(week[1].moved);
    CHECK(week[1].original == d("2026-12-11"));
    CHECK(last_day(e) == std::nullopt);
    CHECK(scheduled_occurrence(e, d("2026-12-11"))->start == at("2026-12-11T10:00"));
    CHECK_FALSE(scheduled_occurrence(e, d("2026-12-12")));
  }

  TEST_CASE("overlapping events in the same diary clash: touching ones do not") {
    Event a = event(1, "2026-11-30T09:00", "2026-11-30T10:00");
    Event b = event(2, "2026-11-30T09:30", "2026-11-30T11:00");
    Event c = event(3, "2026-11-30T11:00", "2026-11-30T12:00");
    Event other = event(4, "2026-11-30T09:00", "2026-11-30T12:00");
    other.diary = "manager";
    std::vector<Occurrence> all;
    for (const Event* e : {&c, &b, &a, &other}) {
      auto o = occurrences(*e, "2026-11-30T00:00", "2026-12-01T00:00");
      all.insert(all.end(), o.begin(), o.end());
    }
    auto clashes = clashes_among(all);
    REQUIRE(clashes.size() == 1);
    CHECK(clashes[0].first.event->id == 1);
    CHECK(clashes[0].second.event->id == 2);
    CHECK(clashes[0].minutes == 30);
  }

  TEST_CASE("travel time each way counts towards a clash") {
    Event visit = event(1, "2026-11-30T10:00", "2026-11-30T11:00", 30);
    Event call = event(2, "2026-11-30T11:15", "2026-11-30T11:45");
    auto v = occurrences(visit, "2026-11-30T00:00", "2026-12-01T00:00");
    auto c = occurrences(call, "2026-11-30T00:00", "2026-12-01T00:00");
    auto clashes = clashes_with(c[0], v);
    REQUIRE(clashes.size() == 1);
    CHECK(clashes[0].minutes == 15);
    visit.travel_minutes = 0;
    CHECK(clashes_with(c[0], v).empty());
  }

  TEST_CASE("all-day events mark the day without blocking time") {
    Event recess = event(1, "2026-11-30T00:00", "2026-12-01T00:00");
    recess.all_day = true;
    Event meeting = event(2, "2026-11-30T10:00", "2026-11-30T11:00");
    std::vector<Occurrence> all = occurrences(recess, "2026-11-30T00:00", "2026-12-01T00:00");
    auto m = occurrences(meeting, "2026-11-30T00:00", "2026-12-01T00:00");
    all.insert(all.end(), m.begin(), m.end());
    REQUIRE(all.size() == 2);
    CHECK(clashes_among(all).empty());
  }

  TEST_CASE("a sweep finds every clash among many") {
    std::vector<Event> events;
    for (int i = 0; i < 50; ++i)
      events.push_back(event(i + 1, "2026-11-30T09:00", "2026-11-30T10:00"));
    std::vector<Occurrence> all;
    for (const auto& e : events) all.push_back({&e, d("2026-11-30"), e.start, e.end, false});
    CHECK(clashes_among(all).size() == 50 * 49 / 2);
  }

  TEST_CASE("an event must end after it starts and have a title") {
    Event e = event(1, "2026-11-30T10:00", "2026-11-30T09:00");
    CHECK_THROWS_AS(validate(e), clerk::Error);
    e = event(1, "2026-11-30T10:00", "2026-11-30T11:00");
    e.title = " ";
    try {
      validate(e);
      FAIL("accepted");
    } catch (const clerk::Error& err) {
      CHECK(err.field() == "title");
    }
    CHECK(clerk::parse_word<EventKind>("Surgery") == EventKind::surgery);
    CHECK_THROWS_AS(clerk::parse_word<EventKind>("party"), clerk::Error);
  }
}
