// Free slots: the gaps in a diary inside working hours, long enough for a meeting.
#pragma once

#include <functional>
#include <vector>

#include "clerk/config/config.hpp"
#include "clerk/core/local_time.hpp"

namespace clerk::diary {

struct Slot {
  LocalTime from, to;
  int minutes() const { return int(to.wall_minutes() - from.wall_minutes()); }
};

// Busy wall-clock spans (any order, may overlap) → the gaps of at least `min_minutes` within
// working hours on each working day of [first, last], in order. A day is a working day when its
// weekday is in `hours.days` and `is_closed(day)` (bank holidays, office closures) is false.
std::vector<Slot> free_slots(std::vector<Slot> busy, Date first, Date last,
                             const config::WorkingHours& hours,
                             const std::function<bool(Date)>& is_closed, int min_minutes);

}  // namespace clerk::diary
