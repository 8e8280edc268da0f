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
// Display columns a UTF-8 string takes in a terminal (one per code point; good enough for
// the Latin and symbol text this tool prints).
size_t display_width(std::string_view s);

// Edit distance (a swap of two neighbouring letters is one edit), for "did you mean" hints.
size_t edit_distance(std::string_view a, std::string_view b);
// The candidates closest to `word` (at most `limit`), or none when nothing is near.
std::vector<std::string> near_misses(std::string_view word,
                                     const std::vector<std::string>& candidates, size_t limit = 3);

}  // namespace clerk::text
