// clerk audit expenses|schedule|statement: policy checks on expenses and Direct Payments audits
#include "clerk/core/error.hpp"
#include "clerk/directpay/statement_ops.hpp"
#include "clerk/expense/expense_check_ops.hpp"
#include "commands.hpp"
#include "input.hpp"
#include "period_options.hpp"

namespace clerk::app {
namespace {

void add_expense_checks(Cli& cli, CLI::App& group) {
  struct Options {
    PeriodText period;
    std::string fail_on;
  };
  auto o = std::make_shared<Options>();
  auto* cmd = cli.command(group, "expenses",
                          "Check expense items against policy (this financial year by default)");
  add_period_options(cli, cmd, o->period);
  cli.complete(cmd->add_option("--fail-on", o->fail_on,
                               "Exit 1 when a finding is this severe or worse: warning, error"),
               {{"warning", "error"}, ""});  // expense::parse_fail_on takes these
  cmd->callback([&cli, cmd, o] {
    auto& ctx = cli.open();
    std::optional<expense::Severity> fail_on;
    if (!o->fail_on.empty()) fail_on = expense::parse_fail_on(o->fail_on);
    Period period = report::resolve_period(ctx, period_choice(cmd, o->period),
                                           financial_year(financial_year_of(ctx.today())));
    expense::ExpenseCheckSummary summary;
    cli.emit_rows(expense::expense_finding_columns(), [&](const auto& sink) {
      summary = expense::check_expenses(ctx, period, [&](const expense::ExpenseFinding& f) {
        sink(expense::expense_finding_cells(f));
      });
    });
    cli.note(summary.describe());
    if (fail_on && summary.reaches(*fail_on))
      throw Error(ErrorKind::check_failed, *fail_on == expense::Severity::error
                                               ? "expense checks found errors"
                                               : "expense checks found warnings or errors");
  });
}

void add_schedule_commands(Cli& cli, CLI::App& group) {
  auto* schedule =
      cli.command(group, "schedule", "Direct Payments schedules: what a recipient is paid");
  schedule->require_subcommand(1);

  auto set = std::make_shared<directpay::ScheduleInput>();
  auto* set_cmd = cli.command(*schedule, "set",
                              "Set a recipient's payments from a date (ends the one in force)");
  cli.complete(set_cmd->add_option("CONTACT", set->recipient, "The recipient: contact id or name")
                   ->required(),
               {{}, "contacts"});
  set_cmd->add_option("--amount", set->amount, "Each payment: 400 or £1,234.50")->required();
  cli.complete(set_cmd->add_option("--every", set->every, "week, 4-weeks or month")->required(),
               {words<directpay::Every>(), ""});
  set_cmd->add_option("--from", set->from, "The first payment's due date")->required();
  set_cmd->callback([&cli, set] {
    auto s = directpay::set_schedule(cli.open(), *set);
    cli.emit_value(std::to_string(s.id));
  });

  auto list = std::make_shared<std::string>();
  auto* list_cmd = cli.command(*schedule, "list", "Payment schedules, by recipient then date");
  cli.complete(list_cmd->add_option("CONTACT", *list, "Only this recipient"), {{}, "contacts"});
  list_cmd->callback([&cli, list] {
    auto& ctx = cli.open();
    cli.emit(directpay::schedule_table(directpay::schedules(ctx, *list)));
  });
}

void add_statement_command(Cli& cli, CLI::App& group) {
  struct Options {
    std::string file, owed_file;
    directpay::StatementInput input;
    bool letter = false;
  };
  auto o = std::make_shared<Options>();
  auto* cmd = cli.command(group, "statement",
                          "Audit a Direct Payments bank statement (CSV) against the schedule");
  cmd->add_option("FILE", o->file, "The bank's CSV export, or - for stdin")->required();
  cli.complete(cmd->add_option("--recipient", o->input.recipient, "Contact id or name")->required(),
               {{}, "contacts"});
  cmd->add_option("--from", o->input.from, "First day to audit (default: the statement's first)");
  cmd->add_option("--to", o->input.to, "Last day to audit (default: the statement's last)");
  cmd->add_option("--owed", o->input.owed,
                  "An outstanding liability the recipient declares (repeatable)");
  cmd->add_option("--owed-file", o->owed_file,
                  "Liabilities as CSV or JSON with an amount (and description) column");
  cmd->add_flag("--letter", o->letter, "Print the surplus-recovery letter instead of the report");
  cmd->callback([&cli, o] {
    auto& ctx = cli.open();
    directpay::StatementInput in = o->input;
    in.letter = o->letter;
    in.text = read_input(o->file);
    in.source = o->file == "-" ? "stdin" : o->file;
    if (!o->owed_file.empty()) {
      in.owed_text = read_input(o->owed_file);
      in.owed_source = o->owed_file == "-" ? "stdin" : o->owed_file;
    }
    auto report = directpay::audit_statement(ctx, in);
    cli.emit(report.letter ? *report.letter : directpay::statement_document(report));
    if (report.findings.surplus > Money())
      cli.note("surplus to recover: " + report.findings.surplus.display());
  });
}

}  // namespace

void add_audit_check_commands(Cli& cli, CLI::App& group) {
  add_expense_checks(cli, group);
  add_schedule_commands(cli, group);
  add_statement_command(cli, group);
}

}  // namespace clerk::app
