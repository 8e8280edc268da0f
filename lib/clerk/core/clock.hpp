// Clock: the one source of "today" (fixed by --today / CLERK_TODAY) and of audit timestamps.
#pragma once

#include <optional>
#include <string>

#include "clerk/core/date.hpp"

namespace clerk {

class Clock {
 public:
  // A clock whose today is `fixed` when given, else the local date of the machine.
  explicit Clock(std::optional<Date> fixed = std::nullopt);
  Date today() const { return today_; }
  // Current UTC time as 2026-11-22T09:15:02.123Z (audit entries keep the real time even
  // when "today" is fixed: the trail records when a thing was done).
  std::string now_utc() const;

 private:
  Date today_;
};

}  // namespace clerk
