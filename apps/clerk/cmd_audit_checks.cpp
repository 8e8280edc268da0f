// clerk audit expenses|schedule|statement: policy checks on expenses and Direct Payments audits,
// one add_audit_<leaf> per command, and their tables in help order.
#include "clerk/core/error.hpp"
#include "clerk/directpay/statement_ops.hpp"
#include "clerk/directpay/statement_tables.hpp"
#include "clerk/directpay/surplus_letter.hpp"
#include "clerk/expense/expense_check_ops.hpp"
#include "clerk/expense/expense_check_tables.hpp"
#include "commands.hpp"
#include "input.hpp"
#include "period_options.hpp"

namespace clerk::app {
namespace {

struct AuditExpensesOptions {
  PeriodText period;
  std::string fail_on;
};

Run add_audit_expenses(CLI::App& cmd, Cli& cli) {
  cmd.description("Check expense items against policy (this financial year by default)");
  auto o = std::make_shared<AuditExpensesOptions>();
  add_period_options(cli, &cmd, o->period);
  cli.complete(cmd.add_option("--fail-on", o->fail_on,
                              "Exit 1 when a finding is this severe or worse: warning, error"),
               {{"warning", "error"}, ""});  // expense::parse_fail_on takes these
  return [&cli, &cmd, o] {
    auto& ctx = cli.open();
    std::optional<expense::Severity> fail_on;
    if (!o->fail_on.empty()) fail_on = expense::parse_fail_on(o->fail_on);
    Period period = report::resolve_period(ctx, period_choice(&cmd, o->period),
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
  };
}

Run add_schedule_set(CLI::App& cmd, Cli& cli) {
  cmd.description("Set a recipient's payments from a date (ends the one in force)");
  auto o = std::make_shared<directpay::ScheduleInput>();
  cli.complete(
      cmd.add_option("CONTACT", o->recipient, "The recipient: contact id or name")->required(),
      {{}, "contacts"});
  cmd.add_option("--amount", o->amount, "Each payment: 400 or £1,234.50")->required();
  cli.complete(cmd.add_option("--every", o->every, "week, 4-weeks or month")->required(),
               {words<directpay::Every>(), ""});
  cmd.add_option("--from", o->from, "The first payment's due date")->required();
  return [&cli, o] {
    auto s = directpay::set_schedule(cli.open(), *o);
    cli.emit_value(std::to_string(s.id));
  };
}

struct ScheduleListOptions {
  std::string recipient;
};

Run add_schedule_list(CLI::App& cmd, Cli& cli) {
  cmd.description("Payment schedules, by recipient then date");
  auto o = std::make_shared<ScheduleListOptions>();
  cli.complete(cmd.add_option("CONTACT", o->recipient, "Only this recipient"), {{}, "contacts"});
  return [&cli, o] {
    auto& ctx = cli.open();
    cli.emit(directpay::schedule_table(directpay::schedules(ctx, o->recipient)));
  };
}

constexpr Leaf kScheduleLeaves[] = {
    {"set", add_schedule_set, Needs::database, people::Permission::finance},
    {"list", add_schedule_list, Needs::database, people::Permission::finance},
};

Run add_audit_schedule(CLI::App& cmd, Cli& cli) {
  cmd.description("Direct Payments schedules: what a recipient is paid");
  cmd.require_subcommand(1);
  add_leaves(cli, cmd, kScheduleLeaves);
  return {};
}

struct AuditStatementOptions {
  std::string file, owed_file;
  directpay::StatementInput input;
  bool letter = false;
};

Run add_audit_statement(CLI::App& cmd, Cli& cli) {
  cmd.description("Audit a Direct Payments bank statement (CSV) against the schedule");
  auto o = std::make_shared<AuditStatementOptions>();
  cmd.add_option("FILE", o->file, "The bank's CSV export, or - for stdin")->required();
  cli.complete(cmd.add_option("--recipient", o->input.recipient, "Contact id or name")->required(),
               {{}, "contacts"});
  cmd.add_option("--from", o->input.from, "First day to audit (default: the statement's first)");
  cmd.add_option("--to", o->input.to, "Last day to audit (default: the statement's last)");
  cmd.add_option("--owed", o->input.owed,
                 "An outstanding liability the recipient declares (repeatable)");
  cmd.add_option("--owed-file", o->owed_file,
                 "Liabilities as CSV or JSON with an amount (and description) column");
  cmd.add_flag("--letter", o->letter, "Print the surplus-recovery letter instead of the report");
  return [&cli, o] {
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
    cli.emit(report.letter ? directpay::surplus_letter_document(*report.letter)
                           : directpay::statement_document(report));
    if (report.findings.surplus > Money())
      cli.note("surplus to recover: " + report.findings.surplus.display());
  };
}

constexpr Leaf kAuditCheckLeaves[] = {
    {"expenses", add_audit_expenses, Needs::database, people::Permission::finance},
    {"schedule", add_audit_schedule, Needs::nothing,
     people::Permission::finance},  // a group: its leaves say
    {"statement", add_audit_statement, Needs::database, people::Permission::finance},
};

}  // namespace

void add_audit_check_commands(Cli& cli, CLI::App& group) {
  add_leaves(cli, group, kAuditCheckLeaves);
}

}  // namespace clerk::app
