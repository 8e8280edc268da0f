#include "clerk/casework/deadline.hpp"

#include <doctest/doctest.h>

#include "../printing.hpp"

using namespace clerk;
using namespace clerk::casework;

namespace {

Date d(const char* iso) { return Date::parse_iso(iso, "test"); }

Case received(CaseType type, const char* on) {
  Case c;
  c.type = type;
  c.received_on = d(on);
  c.status = Status::open;
  return c;
}

Deadlines due(const Case& c, Nation nation = Nation::england_and_wales,
              std::vector<Pause> pauses = {}, const char* today = "2026-11-24") {
  static const HolidayCalendar calendar = HolidayCalendar::shipped();
  return compute_deadlines(c, pauses, Targets{}, calendar, nation, d(today));
}

}  // namespace

TEST_SUITE("deadline") {
  TEST_CASE("an FOI is due 20 UK working days after receipt, Scotland's 4 January 2027 counting") {
    CHECK(due(received(CaseType::foi, "2026-12-18")).response_due == d("2027-01-21"));
    // The same for an office in any nation: FOI uses every UK bank holiday.
    CHECK(due(received(CaseType::foi, "2026-12-18"), Nation::scotland).response_due ==
          d("2027-01-21"));
  }

  TEST_CASE("a SAR is due the corresponding day next month, moved off weekends and bank holidays") {
    SUBCASE("28 December 2026 is the Boxing Day substitute: due the 29th") {
      CHECK(due(received(CaseType::sar, "2026-11-28")).response_due == d("2026-12-29"));
    }
    SUBCASE("31 January has no 31 February: the month's last day, a Sunday, so Monday 1 March") {
      CHECK(due(received(CaseType::sar, "2027-01-31")).response_due == d("2027-03-01"));
    }
    SUBCASE("in a leap year the last day of February is the 29th") {
      CHECK(due(received(CaseType::sar, "2028-01-31")).response_due == d("2028-02-29"));
    }
    SUBCASE("an extension adds whole months") {
      Case c = received(CaseType::sar, "2026-11-10");
      c.extension_months = 2;
      CHECK(due(c).response_due == d("2027-02-10"));
    }
  }

  TEST_CASE("an enquiry is acknowledged within 2 and answered within 10 working days") {
    auto dl = due(received(CaseType::enquiry, "2026-12-23"));
    // 24 Dec working; 25, 26(Sat), 27(Sun), 28 (Boxing Day substitute) and 1 Jan are not.
    REQUIRE(dl.ack_due);
    CHECK(*dl.ack_due == d("2026-12-29"));
    CHECK(dl.response_due == d("2027-01-11"));
    CHECK(dl.next_due == *dl.ack_due);
    CHECK(dl.next_kind == "acknowledgement");
  }

  TEST_CASE("a Scottish office counts 2 January as a holiday") {
    auto ew = due(received(CaseType::casework, "2026-12-31"), Nation::england_and_wales);
    auto sc = due(received(CaseType::casework, "2026-12-31"), Nation::scotland);
    CHECK(ew.response_due == d("2027-01-15"));
    CHECK(sc.response_due == d("2027-01-18"));
  }

  TEST_CASE(
      "a complaint's stage 1 runs 10 working days from acknowledgement, stage 2 20 from "
      "escalation") {
    Case c = received(CaseType::complaint, "2026-11-02");
    auto unacked = due(c);
    CHECK(*unacked.ack_due == d("2026-11-09"));
    CHECK(unacked.response_due == d("2026-11-23"));
    c.acknowledged_on = d("2026-11-04");
    auto acked = due(c);
    CHECK_FALSE(acked.ack_due);
    CHECK(acked.response_due == d("2026-11-18"));
    CHECK(acked.next_kind == "stage 1 response");
    c.escalated_on = d("2026-11-20");
    c.status = Status::escalated;
    auto stage2 = due(c);
    CHECK(stage2.response_due == d("2026-12-18"));
    CHECK(stage2.next_kind == "stage 2 response");
  }

  TEST_CASE("stopped clocks add the days they were stopped") {
    SUBCASE("FOI: working days, UK-wide") {
      Case c = received(CaseType::foi, "2026-11-02");
      auto plain = due(c).response_due;
      // Stopped Mon 9 to Mon 16 November: five working days. St Andrew's Day (Monday 30
      // November, Scotland) is not an FOI working day anywhere in the UK.
      auto paused =
          due(c, Nation::england_and_wales, {{d("2026-11-09"), d("2026-11-16")}}).response_due;
      CHECK(plain == d("2026-12-01"));
      CHECK(paused == d("2026-12-08"));
    }
    SUBCASE("SAR: calendar days, an open stop counting to today") {
      Case c = received(CaseType::sar, "2026-11-02");
      auto paused =
          due(c, Nation::england_and_wales, {{d("2026-11-10"), std::nullopt}}, "2026-11-20")
              .response_due;
      CHECK(paused == d("2026-12-14"));  // 2 Dec + 10 days = Sat 12 Dec → Monday 14th
    }
  }

  TEST_CASE("office closures lengthen the office's targets, never an FOI or SAR deadline") {
    HolidayCalendar calendar = HolidayCalendar::shipped();
    calendar.add_closure(
        Holiday{d("2026-12-24"), "Office closed", Nation::england_and_wales, false, "config"});
    auto with_closure = [&](const Case& c, std::vector<Pause> pauses = {}) {
      return compute_deadlines(c, pauses, Targets{}, calendar, Nation::england_and_wales,
                               d("2026-11-24"));
    };
    // FOI Act s.10(6): only weekends, Christmas Day, Good Friday and UK bank holidays.
    CHECK(with_closure(received(CaseType::foi, "2026-12-18")).response_due == d("2027-01-21"));
    CHECK(with_closure(received(CaseType::foi, "2026-11-27")).response_due == d("2026-12-30"));
    // A SAR due on the closure day stays due that day.
    CHECK(with_closure(received(CaseType::sar, "2026-11-24")).response_due == d("2026-12-24"));
    // The office's own enquiry target is lengthened by the closure.
    CHECK(with_closure(received(CaseType::enquiry, "2026-12-23")).ack_due == d("2026-12-30"));
    CHECK(due(received(CaseType::enquiry, "2026-12-23")).ack_due == d("2026-12-29"));
  }

  TEST_CASE("a SAR's stopped days are added to the raw date before the working-day shift") {
    SUBCASE("due Saturday 5 December, stopped one day: Sunday the 6th, so Monday the 7th") {
      Case c = received(CaseType::sar, "2026-11-05");
      CHECK(due(c).response_due == d("2026-12-07"));
      CHECK(due(c, Nation::england_and_wales, {{d("2026-11-20"), d("2026-11-21")}}).response_due ==
            d("2026-12-07"));
    }
    SUBCASE("received 28 November, extended two months, stopped four days: 4 March") {
      Case c = received(CaseType::sar, "2026-11-28");
      c.extension_months = 2;
      // 28 February 2027 (a Sunday) + 4 days = Thursday 4 March.
      CHECK(due(c, Nation::england_and_wales, {{d("2026-12-01"), d("2026-12-05")}}).response_due ==
            d("2027-03-04"));
    }
  }

  TEST_CASE("a deadline counted over computed holidays is marked provisional") {
    CHECK_FALSE(due(received(CaseType::foi, "2026-12-18")).provisional);
    CHECK(due(received(CaseType::foi, "2027-12-10")).provisional);  // runs into 2028
    auto dl =
        due(received(CaseType::enquiry, "2031-12-23"), Nation::england_and_wales, {}, "2031-12-23");
    CHECK(dl.provisional);
    // 2031's Christmas Day and Boxing Day are computed, not left out.
    CHECK(*dl.ack_due == d("2031-12-29"));
  }

  TEST_CASE("a case has no deadline in force while closed or while its clock is stopped") {
    static const HolidayCalendar calendar = HolidayCalendar::shipped();
    Case c = received(CaseType::sar, "2026-11-05");
    auto in_force = [&](std::vector<Pause> pauses) {
      return deadlines_in_force(c, pauses, Targets{}, calendar, Nation::england_and_wales,
                                d("2026-11-24"));
    };
    CHECK(in_force({})->response_due == d("2026-12-07"));
    CHECK_FALSE(in_force({{d("2026-11-20"), std::nullopt}}));
    CHECK(in_force({{d("2026-11-20"), d("2026-11-21")}})->response_due == d("2026-12-07"));
    c.status = Status::closed;
    CHECK_FALSE(in_force({}));
  }

  TEST_CASE("an awaited follow-up earlier than the response is the next thing due") {
    Case c = received(CaseType::casework, "2026-11-02");
    c.acknowledged_on = d("2026-11-02");
    c.status = Status::awaiting;
    c.follow_up_on = d("2026-11-05");
    auto dl = due(c);
    CHECK(dl.next_due == d("2026-11-05"));
    CHECK(dl.next_kind == "follow-up");
  }

  TEST_CASE("a reopened case has a fresh response period from reopening") {
    Case c = received(CaseType::enquiry, "2026-01-05");
    c.acknowledged_on = d("2026-01-05");
    c.status = Status::reopened;
    c.reopened_on = d("2026-11-23");
    CHECK(due(c).response_due == d("2026-12-07"));
  }
}
