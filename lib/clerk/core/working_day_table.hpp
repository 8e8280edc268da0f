// Working-day counts in constant time over a span of dates, for reports that age many thousands
// of cases: WorkingDays::between walks day by day, this looks two counts up.
#pragma once

#include <vector>

#include "clerk/core/calendar.hpp"

namespace clerk {

class WorkingDayTable {
 public:
  // Counts for every day in [first, last]; outside that span between() falls back to `days`.
  WorkingDayTable(const WorkingDays& days, Date first, Date last);

  // Working days in (from, to], as WorkingDays::between: negative when to < from.
  int between(Date from, Date to) const;

 private:
  int count_to(Date day) const;  // working days in (first_ - 1, day]

  WorkingDays days_;
  Date first_;
  Date last_;
  std::vector<int> running_;  // running_[i]: working days in [first_, first_ + i]
};

}  // namespace clerk
