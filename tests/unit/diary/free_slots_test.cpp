#include "clerk/diary/free_slots.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using clerk::Date;
using clerk::LocalTime;
using namespace clerk::diary;

namespace {

LocalTime at(const char* iso) { return LocalTime::parse_iso(iso, "test"); }
Date d(const char* iso) { return Date::parse_iso(iso, "test"); }

std::vector<std::string> spans(const std::vector<Slot>& slots) {
  std::vector<std::string> out;
  for (const auto& s : slots) out.push_back(s.from.iso() + "/" + s.to.hhmm());
  return out;
}

const auto kOpen = [](Date) { return false; };

}  // namespace

TEST_SUITE("diary/free_slots") {
  TEST_CASE("gaps between busy spans inside working hours, long enough") {
    clerk::config::WorkingHours hours;
    std::vector<Slot> busy = {{at("2026-11-30T10:00"), at("2026-11-30T11:00")},
                              {at("2026-11-30T10:30"), at("2026-11-30T12:00")},
                              {at("2026-11-30T12:30"), at("2026-11-30T13:00")},
                              {at("2026-11-30T16:30"), at("2026-11-30T18:00")}};
    CHECK(spans(free_slots(busy, d("2026-11-30"), d("2026-11-30"), hours, kOpen, 60)) ==
          std::vector<std::string>{"2026-11-30T09:00/10:00", "2026-11-30T13:00/16:30"});
    CHECK(spans(free_slots(busy, d("2026-11-30"), d("2026-11-30"), hours, kOpen, 30)).size() == 3);
  }

  TEST_CASE("weekends, closed days and busy spans from the night before") {
    clerk::config::WorkingHours hours;
    std::vector<Slot> busy = {{at("2026-12-06T20:00"), at("2026-12-07T09:30")}};
    auto closed = [](Date day) { return day == Date::parse_iso("2026-12-08", "t"); };
    CHECK(spans(free_slots(busy, d("2026-12-05"), d("2026-12-08"), hours, closed, 60)) ==
          std::vector<std::string>{"2026-12-07T09:30/17:00"});
  }

  TEST_CASE("working hours and days come from the config") {
    clerk::config::WorkingHours hours;
    hours.start_minute = 8 * 60;
    hours.end_minute = 12 * 60;
    hours.days = {6};  // Saturdays only
    CHECK(spans(free_slots({}, d("2026-11-30"), d("2026-12-06"), hours, kOpen, 240)) ==
          std::vector<std::string>{"2026-12-05T08:00/12:00"});
  }
}
