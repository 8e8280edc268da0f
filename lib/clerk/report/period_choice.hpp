// The period options every report takes: --month, --quarter, --fy, --from/--to, or --period
// with any of those forms or a named relative period (last-month, last-week, this-fy ...).
#pragma once

#include <optional>
#include <string>

#include "clerk/core/period.hpp"
#include "clerk/session/context.hpp"

namespace clerk::report {

struct PeriodChoice {
  std::optional<std::string> month;    // 2026-11
  std::optional<std::string> quarter;  // 2026Q3
  std::optional<std::string> fy;       // 2026 (1 April 2026 to 31 March 2027)
  std::optional<std::string> from;     // with --to: an inclusive range of days
  std::optional<std::string> to;
  std::optional<std::string> period;  // any form parse_period() reads, e.g. last-month

  bool given() const { return month || quarter || fy || from || to || period; }
};

// The chosen period, resolved against the context's today; `fallback` when none is chosen.
// Two forms at once are a usage error; --from alone runs to today, --to alone from the start of
// its financial year. Error{bad_data} naming the option for text that is not a period.
Period resolve_period(Context& ctx, const PeriodChoice& choice, const Period& fallback);

}  // namespace clerk::report
