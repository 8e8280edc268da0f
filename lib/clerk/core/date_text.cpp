#include "clerk/core/date_text.hpp"

#include <array>
#include <string>

#include "clerk/core/error.hpp"
#include "clerk/core/text.hpp"

namespace clerk {
namespace {

constexpr std::array<std::string_view, 12> kMonths = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Reads 1 to `max` digits at `pos`; -1 when there are none or more than `max`.
int read_number(std::string_view s, size_t& pos, size_t max) {
  size_t start = pos;
  int n = 0;
  while (pos < s.size() && is_digit(s[pos]) && pos - start < max + 1) n = n * 10 + (s[pos++] - '0');
  size_t count = pos - start;
  return count == 0 || count > max ? -1 : n;
}

// "jul", "july", "sept": 1-12, or 0 for anything else.
unsigned month_named(std::string_view word) {
  std::string w = text::lower(word);
  if (w == "sept") return 9;
  for (size_t i = 0; i < kMonths.size(); ++i)
    if (w == kMonths[i] || (w.size() == 3 && kMonths[i].starts_with(w))) return unsigned(i + 1);
  return 0;
}

// The day-first forms: DAY SEP MONTH SEP YEAR, where MONTH is a number or a name.
std::optional<Date> day_first(std::string_view s) {
  size_t pos = 0;
  int day = read_number(s, pos, 2);
  if (day < 0) return std::nullopt;
  // "6th July 2026": an ordinal suffix on a day before a month name.
  std::string_view rest = s.substr(pos);
  bool ordinal = false;
  for (std::string_view suffix : {"st", "nd", "rd", "th", "ST", "ND", "RD", "TH"})
    if (rest.starts_with(suffix)) {
      pos += 2;
      ordinal = true;
      break;
    }
  auto separator = [&](bool named) -> char {
    if (pos >= s.size()) return 0;
    char c = s[pos];
    if (named && c == ' ') {
      while (pos < s.size() && s[pos] == ' ') ++pos;
      return ' ';
    }
    if (c == '/' || c == '-' || (c == '.' && !named)) {
      ++pos;
      return c;
    }
    return 0;
  };
  // A month name allows blanks between the parts; numbers need the same mark twice.
  bool named = pos < s.size() && (s[pos] == ' ' || (pos + 1 < s.size() && is_alpha(s[pos + 1])));
  char first = separator(named);
  if (!first) return std::nullopt;
  unsigned month = 0;
  if (pos < s.size() && is_alpha(s[pos])) {
    size_t start = pos;
    while (pos < s.size() && is_alpha(s[pos])) ++pos;
    month = month_named(s.substr(start, pos - start));
    if (month == 0) return std::nullopt;
    named = true;
  } else {
    if (ordinal || first == ' ') return std::nullopt;
    int m = read_number(s, pos, 2);
    if (m < 0) return std::nullopt;
    month = unsigned(m);
    named = false;
  }
  char second = separator(named);
  if (!second || (!named && second != first)) return std::nullopt;
  size_t year_start = pos;
  int year = read_number(s, pos, 4);
  if (year < 0 || pos - year_start != 4 || pos != s.size()) return std::nullopt;
  return Date::from_ymd(year, month, unsigned(day));
}

}  // namespace

std::optional<Date> parse_calendar_date(std::string_view text) {
  std::string_view s = text::trim(text);
  // ISO first: what clerk's own files hold, so imports take the quick path.
  if (auto iso = Date::try_parse_iso(s)) return iso;
  if (s.empty() || !is_digit(s.front())) return std::nullopt;
  return day_first(s);
}

Date parse_calendar_date(std::string_view text, std::string_view field) {
  if (auto date = parse_calendar_date(text)) return *date;
  std::string why = "expected YYYY-MM-DD, DD/MM/YYYY or 6 Jul 2026 naming a real day";
  // 12/25/2026 as an American would write Christmas Day: say why it is refused.
  std::string_view s = text::trim(text);
  size_t pos = 0;
  int first = read_number(s, pos, 2);
  if (first >= 1 && first <= 12 && pos < s.size() && s[pos] == '/') {
    ++pos;
    int second = read_number(s, pos, 2);
    if (second > 12 && second <= 31) why = "the day comes first (DD/MM/YYYY)";
  }
  throw Error(ErrorKind::bad_data, "'" + std::string(text) + "' is not a date: " + why)
      .field(std::string(field));
}

}  // namespace clerk
