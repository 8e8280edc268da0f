// Calendar dates written out as people and banks write them: ISO, day-first numbers, and a day,
// month name and year. Never month first.
#pragma once

#include <optional>
#include <string_view>

#include "clerk/core/date.hpp"

namespace clerk {

// A real day in any of these forms (case-insensitive, surrounding blanks ignored):
//   2026-07-06                 ISO 8601, as clerk writes dates
//   6/7/2026 06/07/2026        day, month, four-digit year; '/', '-' or '.' between them
//   06-07-2026 06.07.2026
//   6 Jul 2026 06 July 2026    day, month name or its first three letters ("Sept" too), year;
//   06-Jul-2026 6th July 2026  blanks, '-' or '/' between them
// UK order only: 01/12/2026 is 1 December, and 12/25/2026 names no day. Nullopt otherwise.
std::optional<Date> parse_calendar_date(std::string_view text);

// As parse_calendar_date(), else Error{bad_data} naming `field`, saying which forms are read
// (and that the day comes first, when the text reads as a month-first date).
Date parse_calendar_date(std::string_view text, std::string_view field);

}  // namespace clerk
