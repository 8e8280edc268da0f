// The period options commands share: --month, --quarter, --fy, --from/--to and --period.
#pragma once

#include <string>

#include "clerk/session/period_choice.hpp"
#include "cli.hpp"

namespace clerk::app {

// What was typed for each period option.
struct PeriodText {
  std::string month, quarter, fy, from, to, period;
};

void add_period_options(Cli& cli, CLI::App* cmd, PeriodText& text);
// The options given on `cmd` (an option not given stays empty, so resolve_period can tell).
PeriodChoice period_choice(CLI::App* cmd, const PeriodText& text);

}  // namespace clerk::app
