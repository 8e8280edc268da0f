// The forgiving date forms people type: ISO, DD/MM/YYYY, 6 Jul 2026, today/yesterday/tomorrow,
// weekday names, +3d, -2w, +10wd, +1m.
#pragma once

#include <string_view>

#include "clerk/core/calendar.hpp"
#include "clerk/core/date.hpp"

namespace clerk {

// Resolves `text` against `today`:
//   2026-11-22            that day (must exist: 2026-02-30 is an error), or the same day
//   22/11/2026 22 Nov 2026  written any way parse_calendar_date() reads (day first, never MM/DD)
//   today|yesterday|tomorrow
//   mon|monday|tue|...    the next such day strictly after today; with WeekdayMeans::last, for
//                         a field that can only be in the past, the latest such day up to and
//                         including today (on a Sunday "fri" is two days ago; on a Friday, today)
//   +3d -3d +2w -2w +1m   days, weeks, calendar months (clamped to month end) from today
//   +10wd -2wd            working days from today, per `working_days`
// Case-insensitive, surrounding blanks ignored. Error{bad_data} naming `field` otherwise.
enum class WeekdayMeans { next, last };
Date parse_date_input(std::string_view text, std::string_view field, Date today,
                      const WorkingDays& working_days, WeekdayMeans weekday = WeekdayMeans::next);

}  // namespace clerk
