// Durations as people type them: 90m, 1h30m, 2h, 1h 30m.
#pragma once

#include <string>
#include <string_view>

namespace clerk {

// Minutes in `text`: hours and/or minutes, each a whole number with its unit ("2h", "45m",
// "1h30m", "1h 30m"), case-insensitive. Zero and anything longer than `max_minutes` are refused.
// Error{bad_data} naming `field` otherwise.
int parse_duration(std::string_view text, std::string_view field, int max_minutes = 14 * 24 * 60);

// The same form back: "1h30m", "45m", "2h"; "0m" for zero.
std::string format_duration(int minutes);

}  // namespace clerk
