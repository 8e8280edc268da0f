#include "period_options.hpp"

#include <optional>

namespace clerk::app {

void add_period_options(Cli& cli, CLI::App* cmd, PeriodText& o) {
  cmd->add_option("--month", o.month, "A calendar month: 2026-11");
  cmd->add_option("--quarter", o.quarter, "A calendar quarter: 2026Q3 (July to September)");
  cmd->add_option("--fy", o.fy, "A financial year: 2026 (1 April 2026 to 31 March 2027)");
  cmd->add_option("--from", o.from, "First day of a range (with --to)");
  cmd->add_option("--to", o.to, "Last day of a range");
  auto* period = cmd->add_option(
      "--period", o.period,
      "Any of the above forms or a named period: this-month, last-month, this-week, last-week, "
      "this-quarter, last-quarter, this-fy, last-fy");
  cli.complete(period, {{"this-month", "last-month", "this-week", "last-week", "this-quarter",
                         "last-quarter", "this-fy", "last-fy"},
                        "",
                        false});
}

report::PeriodChoice period_choice(CLI::App* cmd, const PeriodText& o) {
  return {given(cmd, "--month", o.month), given(cmd, "--quarter", o.quarter),
          given(cmd, "--fy", o.fy),       given(cmd, "--from", o.from),
          given(cmd, "--to", o.to),       given(cmd, "--period", o.period)};
}

}  // namespace clerk::app
