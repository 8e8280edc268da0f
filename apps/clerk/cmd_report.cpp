// clerk report: one add_report_<leaf> per command (the six reports share add_report_kind), and
// kReportLeaves, their table in help order.
#include "clerk/core/error.hpp"
#include "clerk/report/report.hpp"
#include "clerk/report/saved_report.hpp"
#include "commands.hpp"
#include "period_options.hpp"

namespace clerk::app {
namespace {

// What the six reports take (each binds the options that apply to it).
struct ReportOptions : PeriodText {
  std::string by;
  size_t limit = report::kDefaultListLimit;
};

Run add_report_kind(CLI::App& cmd, Cli& cli, report::ReportKind kind, const char* help) {
  cmd.description(help);
  auto o = std::make_shared<ReportOptions>();
  cmd.footer(std::string("Without a period: ") +
             (kind == report::ReportKind::monthly ? "last month" : "this month") +
             ". Figures such as 'open' are as at the period's last day, or today when that is "
             "earlier. Every --format (text when piped); csv and tsv hold one table, so give "
             "--section NAME (a section key, as in --format json) or -o DIR/ for one file per "
             "section. Reports only read.\n\n" +
             cmd.get_footer());
  add_period_options(cli, &cmd, *o);
  if (kind == report::ReportKind::expenses) {
    auto* by = cmd.add_option("--by", o->by, "Group by claimant|category|budget|month");
    cli.complete(by, {words<report::ExpenseGrouping>(), ""});
  }
  if (kind == report::ReportKind::caseload || kind == report::ReportKind::actions ||
      kind == report::ReportKind::monthly)
    cmd.add_option("--limit", o->limit, "Rows of case and action lists (0: all; default 25)");
  return [&cli, o, &cmd, kind] {
    report::Request request;
    request.kind = kind;
    request.period = period_choice(&cmd, *o);
    if (!o->by.empty()) request.by = parse_word<report::ExpenseGrouping>(o->by);
    request.limit = o->limit;
    // -o FILE (or, for csv/tsv, -o DIR/: one file per section); otherwise standard output.
    cli.emit(report::build(cli.open(), request));
  };
}

Run add_report_caseload(CLI::App& cmd, Cli& cli) {
  return add_report_kind(
      cmd, cli, report::ReportKind::caseload,
      "Cases opened, closed and open; ages, overdue, time to close, targets, trend");
}

Run add_report_expenses(CLI::App& cmd, Cli& cli) {
  return add_report_kind(cmd, cli, report::ReportKind::expenses,
                         "Expense totals, item counts, mileage and VAT, grouped --by");
}

Run add_report_budget(CLI::App& cmd, Cli& cli) {
  return add_report_kind(
      cmd, cli, report::ReportKind::budget,
      "Per budget code: budget, committed, spent, remaining, forecast, warnings");
}

Run add_report_diary(CLI::App& cmd, Cli& cli) {
  return add_report_kind(cmd, cli, report::ReportKind::diary,
                         "Engagements by kind and diary, hours, surgeries held, constituents seen");
}

Run add_report_actions(CLI::App& cmd, Cli& cli) {
  return add_report_kind(cmd, cli, report::ReportKind::actions,
                         "Open and overdue actions by owner");
}

Run add_report_monthly(CLI::App& cmd, Cli& cli) {
  return add_report_kind(
      cmd, cli, report::ReportKind::monthly,
      "The governance pack: headlines, every section, exceptions, recommendations");
}

struct ReportRunOptions {
  std::string name;
  bool all = false;
};

Run add_report_run(CLI::App& cmd, Cli& cli) {
  cmd.description("Run reports saved in the config ([reports.NAME])");
  auto o = std::make_shared<ReportRunOptions>();
  auto* name = cmd.add_option("NAME", o->name, "The saved report to run");
  cli.complete(name, {{}, "saved-reports"});
  cmd.add_flag("--all", o->all, "Run every saved report");
  return [&cli, o] {
    if (o->all == !o->name.empty())
      throw Error(ErrorKind::usage, "give a saved report's NAME or --all").field("NAME");
    // Each saved report names its own table; a --section here would be silently ignored.
    if (!cli.options().section.empty())
      throw Error(ErrorKind::usage,
                  "a saved report picks its table with section = \"NAME\" in [reports.NAME]")
          .field("section");
    Context& ctx = cli.open();
    // A saved report with no output path goes to standard output (or -o).
    auto options_for = [&cli](render::Format f) { return cli.file_render_options(f); };
    cli.write_output([&](std::ostream& fallback) {
      auto runs = o->all ? report::run_all_saved(ctx, fallback, options_for)
                         : std::vector<report::SavedRun>{
                               report::run_saved(ctx, o->name, fallback, options_for)};
      for (const auto& r : runs)
        for (const auto& path : r.written) cli.note(r.name + ": wrote " + path.string());
    });
  };
}

Run add_report_list(CLI::App& cmd, Cli& cli) {
  cmd.description("The reports saved in the config");
  return [&cli] { cli.emit(report::saved_table(cli.context().config())); };
}

constexpr Leaf kReportLeaves[] = {
    {"caseload", add_report_caseload, Needs::database, people::Permission::reports},
    {"expenses", add_report_expenses, Needs::database, people::Permission::finance},
    {"budget", add_report_budget, Needs::database, people::Permission::finance},
    {"diary", add_report_diary, Needs::database, people::Permission::reports},
    {"actions", add_report_actions, Needs::database, people::Permission::reports},
    {"monthly", add_report_monthly, Needs::database, people::Permission::oversight},
    {"run", add_report_run, Needs::database, people::Permission::oversight},
    {"list", add_report_list, Needs::config, people::Permission::anyone},
};

}  // namespace

void add_report_commands(Cli& cli) {
  auto& group =
      *cli.command(cli.root(), "report", "Performance reports for people, cron and scripts");
  group.require_subcommand(1);
  add_leaves(cli, group, kReportLeaves);
}

}  // namespace clerk::app
