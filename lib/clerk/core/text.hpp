// Small text helpers shared by parsers and renderers: trimming, case, UTF-8 width, near misses.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace clerk::text {

std::string_view trim(std::string_view s);
std::string lower(std::string_view s);
std::string upper(std::string_view s);
std::vector<std::string> split(std::string_view s, char sep);
std::string join(const std::vector<std::string>& parts, std::string_view sep);

// A record id as typed: a whole number above zero, nothing else; nullopt otherwise.
std::optional<int64_t> parse_id(std::string_view s);

// True when `s` is well-formed UTF-8.
bool valid_utf8(std::string_view s);
// Display columns a UTF-8 string takes in a terminal: two for a wide character (CJK, most
// emoji), none for a combining accent or a zero-width joiner, one for the rest (a malformed byte
// too: it is shown as U+FFFD). Unicode's East Asian Width, by utf8proc, not the locale's
// wcwidth(), so cron's C locale lines up as a desktop does.
size_t display_width(std::string_view s);
// The longest prefix of well-formed `s` that takes at most `columns` display columns, with any
// combining marks that follow its last character.
std::string_view prefix_columns(std::string_view s, size_t columns);

// Edit distance (a swap of two neighbouring letters is one edit), for "did you mean" hints.
size_t edit_distance(std::string_view a, std::string_view b);
// The candidates closest to `word` (at most `limit`), or none when nothing is near.
std::vector<std::string> near_misses(std::string_view word,
                                     const std::vector<std::string>& candidates, size_t limit = 3);

}  // namespace clerk::text
