// The forgiving date forms people type: ISO, today/yesterday/tomorrow, weekday names, +3d, -2w,
// +10wd, +1m.
#pragma once

#include <string_view>

#include "clerk/core/calendar.hpp"
#include "clerk/core/date.hpp"

namespace clerk {

// Resolves `text` against `today`:
//   2026-11-22            that day (must exist: 2026-02-30 is an error)
//   today|yesterday|tomorrow
//   mon|monday|tue|...    the next such day strictly after today
//   +3d -3d +2w -2w +1m   days, weeks, calendar months (clamped to month end) from today
//   +10wd -2wd            working days from today, per `working_days`
// Case-insensitive, surrounding blanks ignored. Error{bad_data} naming `field` otherwise.
Date parse_date_input(std::string_view text, std::string_view field, Date today,
                      const WorkingDays& working_days);

}  // namespace clerk
