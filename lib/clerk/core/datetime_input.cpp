#include "clerk/core/datetime_input.hpp"

#include <string>

#include "clerk/core/date_input.hpp"
#include "clerk/core/error.hpp"
#include "clerk/core/text.hpp"

namespace clerk {
namespace {

Error bad_time(std::string_view text, std::string_view field, std::string_view why) {
  return Error(ErrorKind::bad_data, "'" + std::string(text) + "' is not " + std::string(why))
      .field(std::string(field));
}

}  // namespace

int parse_time_of_day(std::string_view text, std::string_view field) {
  std::string s = text::lower(text::trim(text));
  int twelve_hour = 0;  // 1 am, 2 pm
  if (s.ends_with("am") || s.ends_with("pm")) {
    twelve_hour = s.ends_with("am") ? 1 : 2;
    s = std::string(text::trim(s.substr(0, s.size() - 2)));
  }
  size_t colon = s.find_first_of(":.");
  std::string hours = s.substr(0, colon);
  std::string minutes = colon == std::string::npos ? "" : s.substr(colon + 1);
  auto all_digits = [](const std::string& p) {
    return p.find_first_not_of("0123456789") == std::string::npos;
  };
  bool shape_ok = !hours.empty() && hours.size() <= 2 && all_digits(hours) && all_digits(minutes) &&
                  (colon == std::string::npos ? twelve_hour != 0 : minutes.size() == 2);
  if (!shape_ok) throw bad_time(text, field, "a time of day (expected HH:MM, as in 09:30 or 2pm)");
  int h = std::stoi(hours), m = minutes.empty() ? 0 : std::stoi(minutes);
  if (twelve_hour != 0) {
    if (h < 1 || h > 12) throw bad_time(text, field, "a time of day (hours 1-12 with am/pm)");
    h = h % 12 + (twelve_hour == 2 ? 12 : 0);
  }
  if (h > 23 || m > 59) throw bad_time(text, field, "a time of day (00:00 to 23:59)");
  return h * 60 + m;
}

LocalTime parse_datetime_input(std::string_view text, std::string_view field, Date today,
                               const WorkingDays& working_days) {
  std::string s(text::trim(text));
  // An ISO date and time joined by 'T' (what exports and scripts write).
  if (s.size() > 11 && s[10] == 'T' && Date::try_parse_iso(s.substr(0, 10))) s[10] = ' ';
  // "2 pm" is "2pm".
  if (s.ends_with(" am") || s.ends_with(" pm")) s.erase(s.size() - 3, 1);
  size_t blank = s.find_last_of(' ');
  if (blank == std::string::npos) {
    if (s.find(':') == std::string::npos && !s.ends_with("am") && !s.ends_with("pm"))
      throw bad_time(text, field,
                     "a date and time (expected a date then a time, as in 'tomorrow 10:00' or "
                     "'2026-11-30 09:30')");
    return LocalTime(today, parse_time_of_day(s, field));
  }
  Date date = parse_date_input(text::trim(s.substr(0, blank)), field, today, working_days);
  return LocalTime(date, parse_time_of_day(s.substr(blank + 1), field));
}

}  // namespace clerk
