#include "clerk/core/working_day_table.hpp"

namespace clerk {

WorkingDayTable::WorkingDayTable(const WorkingDays& days, Date first, Date last)
    : days_(days), first_(first), last_(last) {
  if (last < first) return;
  running_.reserve(static_cast<size_t>(first.days_until(last)) + 1);
  int count = 0;
  for (Date d = first; d <= last; d = d.plus_days(1)) {
    if (days_.is_working_day(d)) ++count;
    running_.push_back(count);
  }
}

int WorkingDayTable::count_to(Date day) const {
  return running_[static_cast<size_t>(first_.days_until(day))];
}

int WorkingDayTable::between(Date from, Date to) const {
  if (to < from) return -between(to, from);
  if (running_.empty() || from < first_ || to > last_) return days_.between(from, to);
  // (from, to] = [first, to] less [first, from].
  return count_to(to) - count_to(from);
}

}  // namespace clerk
