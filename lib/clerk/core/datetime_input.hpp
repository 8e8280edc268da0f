// Dates with a time of day as people type them: "tomorrow 10:00", "mon 14:30",
// "2026-11-30 09:30", "2026-11-30T09:30", "+2wd 2pm".
#pragma once

#include <string_view>

#include "clerk/core/calendar.hpp"
#include "clerk/core/local_time.hpp"

namespace clerk {

// A time of day: "09:30", "9:30", "14:30", "10am", "2:30pm", "12pm" (noon), "12am" (midnight).
// Minutes after midnight, or Error{bad_data} naming `field`.
int parse_time_of_day(std::string_view text, std::string_view field);

// A date in any form parse_date_input() accepts, then a time of day, separated by a blank (or
// by 'T' after an ISO date). A time alone means today. Europe/London wall-clock time.
// Error{bad_data} naming `field` otherwise.
LocalTime parse_datetime_input(std::string_view text, std::string_view field, Date today,
                               const WorkingDays& working_days);

}  // namespace clerk
