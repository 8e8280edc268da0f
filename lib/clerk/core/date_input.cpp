#include "clerk/core/date_input.hpp"

#include <array>
#include <string>
#include <vector>

#include "clerk/core/date_text.hpp"
#include "clerk/core/error.hpp"
#include "clerk/core/text.hpp"

namespace clerk {
namespace {

struct WeekdayName {
  std::string_view name;
  std::chrono::weekday day;
};

constexpr std::array<WeekdayName, 7> kWeekdays = {{{"monday", std::chrono::Monday},
                                                   {"tuesday", std::chrono::Tuesday},
                                                   {"wednesday", std::chrono::Wednesday},
                                                   {"thursday", std::chrono::Thursday},
                                                   {"friday", std::chrono::Friday},
                                                   {"saturday", std::chrono::Saturday},
                                                   {"sunday", std::chrono::Sunday}}};

// Offsets are capped at five digits (273 years of days) so arithmetic cannot overflow and
// working-day counting stays quick; anything larger is a typing slip.
constexpr size_t kMaxOffsetDigits = 5;

Error bad_input(std::string_view text, std::string_view field, std::string_view why) {
  return Error(ErrorKind::bad_data,
               "'" + std::string(text) + "' is not a date: " + std::string(why))
      .field(std::string(field));
}

// Words people mean, for "did you mean" hints on a near miss such as "tomorow".
std::vector<std::string> known_words() {
  std::vector<std::string> words = {"today", "yesterday", "tomorrow"};
  for (const auto& w : kWeekdays) words.emplace_back(w.name);
  return words;
}

Date from_offset(std::string_view s, std::string_view text, std::string_view field, Date today,
                 const WorkingDays& working_days) {
  int sign = s.front() == '-' ? -1 : 1;
  size_t end = 1;
  while (end < s.size() && s[end] >= '0' && s[end] <= '9') ++end;
  size_t digits = end - 1;
  if (digits == 0) throw bad_input(text, field, "expected a number after the sign, as in +3d");
  if (digits > kMaxOffsetDigits) throw bad_input(text, field, "offset too large");
  int n = sign * std::stoi(std::string(s.substr(1, digits)));
  std::string_view unit = s.substr(end);
  Date out;
  if (unit == "d") {
    out = today.plus_days(n);
  } else if (unit == "w") {
    out = today.plus_days(7 * n);
  } else if (unit == "m") {
    out = today.plus_months(n);
  } else if (unit == "wd") {
    out = working_days.add(today, n);
  } else {
    throw bad_input(text, field, "expected d, w, m or wd after the number, as in +3d");
  }
  // Date's range: ISO text with a four-digit year.
  if (out.year() < 1000 || out.year() > 9999) throw bad_input(text, field, "out of range");
  return out;
}

}  // namespace

Date parse_date_input(std::string_view text, std::string_view field, Date today,
                      const WorkingDays& working_days, WeekdayMeans weekday) {
  std::string s = text::lower(text::trim(text));
  if (s.empty()) throw bad_input(text, field, "empty");
  if (s.front() >= '0' && s.front() <= '9') return parse_calendar_date(text, field);
  if (s.front() == '+' || s.front() == '-') return from_offset(s, text, field, today, working_days);
  if (s == "today") return today;
  if (s == "yesterday") return today.plus_days(-1);
  if (s == "tomorrow") return today.plus_days(1);
  // Any prefix of three letters or more names a weekday, so "tue", "tues" and "thurs" all work.
  if (s.size() >= 3) {
    for (const auto& w : kWeekdays) {
      if (!w.name.starts_with(s)) continue;
      // Something received "fri" was received last Friday (or today, on a Friday).
      if (weekday == WeekdayMeans::last)
        return today.plus_days(-int((today.weekday() - w.day).count()));
      auto ahead = (w.day - today.weekday()).count();
      return today.plus_days(int(ahead == 0 ? 7 : ahead));
    }
  }
  throw bad_input(text, field,
                  "expected YYYY-MM-DD, DD/MM/YYYY, 6 Jul 2026, today, a weekday or an offset "
                  "such as +3d")
      .suggest(text::near_misses(s, known_words()));
}

}  // namespace clerk
