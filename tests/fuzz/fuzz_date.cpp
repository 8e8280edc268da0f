// Date input (ISO, UK calendar dates, relative forms, working days) and date-times: a value or
// Error{bad_data}; an ISO date reads back from its own text, and a calendar date from its
// day-first DD/MM/YYYY text too.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "clerk/core/calendar.hpp"
#include "clerk/core/date.hpp"
#include "clerk/core/date_input.hpp"
#include "clerk/core/date_text.hpp"
#include "clerk/core/datetime_input.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const clerk::HolidayCalendar calendar = clerk::HolidayCalendar::shipped();
  static const clerk::WorkingDays working_days(calendar, clerk::Nation::england_and_wales);
  static const clerk::Date today = *clerk::Date::from_ymd(2026, 11, 24);
  std::string_view text(reinterpret_cast<const char*>(data), size);
  clerk::fuzz::expect_value_or_error(
      [&] {
        clerk::Date d = clerk::parse_date_input(text, "date", today, working_days);
        clerk::fuzz::require(clerk::Date::parse_iso(d.iso(), "date") == d,
                             "iso() does not parse back to the same day");
      },
      {clerk::ErrorKind::bad_data});
  if (auto day = clerk::parse_calendar_date(text)) {
    std::string iso = day->iso();
    std::string uk = iso.substr(8, 2) + "/" + iso.substr(5, 2) + "/" + iso.substr(0, 4);
    clerk::fuzz::require(
        clerk::parse_calendar_date(iso) == day && clerk::parse_calendar_date(uk) == day,
        "a calendar date does not read back from its ISO or DD/MM/YYYY text");
  }
  clerk::fuzz::expect_value_or_error(
      [&] { clerk::parse_datetime_input(text, "at", today, working_days); },
      {clerk::ErrorKind::bad_data});
  return 0;
}
