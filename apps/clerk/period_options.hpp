// The period options commands share: --month, --quarter, --fy, --from/--to and --period.
#pragma once

#include <string>

#include "clerk/report/period_choice.hpp"
#include "cli.hpp"

namespace clerk::app {

// What was typed for each period option.
struct PeriodText {
  std::string month, quarter, fy, from, to, period;
};

void add_period_options(Cli& cli, CLI::App* cmd, PeriodText& text);
// The options given on `cmd` (an option not given stays empty, so report::resolve_period can tell).
report::PeriodChoice period_choice(CLI::App* cmd, const PeriodText& text);

}  // namespace clerk::app
