#include "clerk/diary/free_slots.hpp"

#include <algorithm>

namespace clerk::diary {

std::vector<Slot> free_slots(std::vector<Slot> busy, Date first, Date last,
                             const config::WorkingHours& hours,
                             const std::function<bool(Date)>& is_closed, int min_minutes) {
  std::sort(busy.begin(), busy.end(), [](const Slot& a, const Slot& b) { return a.from < b.from; });
  std::vector<Slot> out;
  auto next_busy = busy.begin();
  for (Date day = first; day <= last; day = day.plus_days(1)) {
    unsigned iso_weekday = day.weekday().iso_encoding();
    if (std::find(hours.days.begin(), hours.days.end(), iso_weekday) == hours.days.end() ||
        is_closed(day))
      continue;
    const LocalTime open(day, hours.start_minute);
    const LocalTime close = LocalTime::midnight(day).plus_minutes(hours.end_minute);
    // Busy spans are sorted by start, so those ending before today's opening never matter again.
    while (next_busy != busy.end() && next_busy->to <= open) ++next_busy;
    LocalTime cursor = open;
    for (auto b = next_busy; b != busy.end() && b->from < close; ++b) {
      if (b->from > cursor && b->from.wall_minutes() - cursor.wall_minutes() >= min_minutes)
        out.push_back({cursor, b->from});
      cursor = std::max(cursor, b->to);
    }
    if (close > cursor && close.wall_minutes() - cursor.wall_minutes() >= min_minutes)
      out.push_back({cursor, close});
  }
  return out;
}

}  // namespace clerk::diary
