// clerk audit expenses|schedule|statement: policy checks on expenses and Direct Payments audits
#include "clerk/audit/expense_check_ops.hpp"
#include "clerk/core/error.hpp"
#include "commands.hpp"

namespace clerk::app {
namespace {

void add_period_options(CLI::App* cmd, PeriodOptions& p) {
  cmd->add_option("--period", p.period,
                  "A named period: this-month, last-month, this-quarter, last-fy, 2026Q3, ...");
  cmd->add_option("--month", p.month, "A calendar month: 2026-11");
  cmd->add_option("--quarter", p.quarter, "A calendar quarter: 2026Q3");
  cmd->add_option("--fy", p.fy, "A financial year from 1 April: 2026 for 2026-27");
  cmd->add_option("--from", p.from, "The first day (with --to, or to today)");
  cmd->add_option("--to", p.to, "The last day");
}

void add_expense_checks(Cli& cli, CLI::App& group) {
  struct Options {
    PeriodOptions period;
    std::string fail_on;
  };
  auto o = std::make_shared<Options>();
  auto* cmd = cli.command(group, "expenses",
                          "Check expense items against policy (this financial year by default)");
  add_period_options(cmd, o->period);
  cli.complete(cmd->add_option("--fail-on", o->fail_on,
                               "Exit 1 when a finding is this severe or worse: warning, error"),
               {{"warning", "error"}, ""});
  cmd->callback([&cli, o] {
    auto& ctx = cli.open();
    std::optional<audit::Severity> fail_on;
    if (!o->fail_on.empty()) fail_on = audit::parse_fail_on(o->fail_on);
    Period period = choose_period(o->period, ctx.today(), ctx.working_days())
                        .value_or(financial_year(financial_year_of(ctx.today())));
    audit::ExpenseCheckSummary summary;
    cli.emit_rows(audit::expense_finding_columns(), [&](const auto& sink) {
      summary = audit::check_expenses(ctx, period, [&](const audit::ExpenseFinding& f) {
        sink(audit::expense_finding_cells(f));
      });
    });
    cli.note(summary.describe());
    if (fail_on && summary.reaches(*fail_on))
      throw Error(ErrorKind::check_failed, *fail_on == audit::Severity::error
                                               ? "expense checks found errors"
                                               : "expense checks found warnings or errors");
  });
}

}  // namespace

void add_audit_check_commands(Cli& cli, CLI::App& group) { add_expense_checks(cli, group); }

}  // namespace clerk::app
