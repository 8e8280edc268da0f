#include "clerk/core/duration.hpp"

#include "clerk/core/error.hpp"
#include "clerk/core/text.hpp"

namespace clerk {
namespace {

// Each part has at most five digits, so the sum cannot overflow an int.
constexpr size_t kMaxDigits = 5;

Error bad_duration(std::string_view text, std::string_view field, std::string_view why) {
  return Error(ErrorKind::bad_data,
               "'" + std::string(text) + "' is not a duration: " + std::string(why))
      .field(std::string(field));
}

}  // namespace

int parse_duration(std::string_view text, std::string_view field, int max_minutes) {
  std::string s = text::lower(text::trim(text));
  if (s.empty()) throw bad_duration(text, field, "empty");
  int total = 0;
  bool seen_hours = false, seen_minutes = false;
  size_t i = 0;
  while (i < s.size()) {
    if (s[i] == ' ') {
      ++i;
      continue;
    }
    size_t start = i;
    int n = 0;
    // The digit limit is checked before each digit is added: checked after, a long run of
    // digits has already overflowed `n`.
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
      if (i - start == kMaxDigits) throw bad_duration(text, field, "too long");
      n = n * 10 + (s[i++] - '0');
    }
    if (i == start) throw bad_duration(text, field, "expected a number, as in 90m or 1h30m");
    if (i == s.size())
      throw bad_duration(text, field, "give the unit: m for minutes, h for hours (90m, 1h30m)");
    // Hours come before minutes, each once: "30m1h" is a slip, not a duration.
    if (s[i] == 'h' && !seen_hours && !seen_minutes) {
      seen_hours = true;
      total += n * 60;
    } else if (s[i] == 'm' && !seen_minutes) {
      seen_minutes = true;
      total += n;
    } else {
      throw bad_duration(text, field, "expected hours then minutes, as in 1h30m");
    }
    ++i;
  }
  if (total == 0) throw bad_duration(text, field, "must be longer than zero");
  if (total > max_minutes)
    throw bad_duration(text, field, "longer than " + format_duration(max_minutes));
  return total;
}

std::string format_duration(int minutes) {
  if (minutes % 60 == 0 && minutes > 0) return std::to_string(minutes / 60) + "h";
  if (minutes < 60) return std::to_string(minutes) + "m";
  return std::to_string(minutes / 60) + "h" + std::to_string(minutes % 60) + "m";
}

}  // namespace clerk
