#include "clerk/core/clock.hpp"

#include <ctime>

#include <fmt/format.h>

namespace clerk {

Clock::Clock(std::optional<Date> fixed) {
  if (fixed) {
    today_ = *fixed;
    return;
  }
  std::time_t t = std::time(nullptr);
  std::tm local{};
  localtime_r(&t, &local);
  today_ =
      *Date::from_ymd(local.tm_year + 1900, unsigned(local.tm_mon + 1), unsigned(local.tm_mday));
}

std::string Clock::now_utc() const {
  timespec ts{};
  clock_gettime(CLOCK_REALTIME, &ts);
  std::tm utc{};
  gmtime_r(&ts.tv_sec, &utc);
  return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:03}Z", utc.tm_year + 1900,
                     utc.tm_mon + 1, utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec,
                     ts.tv_nsec / 1000000);
}

}  // namespace clerk
