// clerk report caseload|expenses|budget|diary|actions|monthly, and clerk report run|list for the
// reports saved in the config.
#include "clerk/core/error.hpp"
#include "clerk/report/report.hpp"
#include "clerk/report/saved_report.hpp"
#include "commands.hpp"
#include "period_options.hpp"

namespace clerk::app {
namespace {

struct ReportOptions : PeriodText {
  std::string by;
  size_t limit = report::kDefaultListLimit;
  std::string name;
  bool all = false;
};

// -o FILE (or, for csv/tsv, -o DIR/: one file per section); otherwise standard output.
void emit_report(Cli& cli, const render::Document& doc) { cli.emit(doc); }

void add_report(Cli& cli, CLI::App& group, report::ReportKind kind, const std::string& help) {
  auto o = std::make_shared<ReportOptions>();
  auto* cmd = cli.command(group, word(kind), help);
  cmd->footer(std::string("Without a period: ") +
              (kind == report::ReportKind::monthly ? "last month" : "this month") +
              ". Figures such as 'open' are as at the period's last day, or today when that is "
              "earlier. Every --format (text when piped); csv and tsv hold one table, so give "
              "--section NAME (a section key, as in --format json) or -o DIR/ for one file per "
              "section. Reports only read.\n\n" +
              cmd->get_footer());
  add_period_options(cli, cmd, *o);
  if (kind == report::ReportKind::expenses) {
    auto* by = cmd->add_option("--by", o->by, "Group by claimant|category|budget|month");
    cli.complete(by, {words<report::ExpenseGrouping>(), ""});
  }
  if (kind == report::ReportKind::caseload || kind == report::ReportKind::actions ||
      kind == report::ReportKind::monthly)
    cmd->add_option("--limit", o->limit, "Rows of case and action lists (0: all; default 25)");
  cmd->callback([&cli, o, cmd, kind] {
    report::Request request;
    request.kind = kind;
    request.period = period_choice(cmd, *o);
    if (!o->by.empty()) request.by = parse_word<report::ExpenseGrouping>(o->by);
    request.limit = o->limit;
    emit_report(cli, report::build(cli.open(), request));
  });
}

}  // namespace

void add_report_commands(Cli& cli) {
  auto& group =
      *cli.command(cli.root(), "report", "Performance reports for people, cron and scripts");
  group.require_subcommand(1);
  add_report(cli, group, report::ReportKind::caseload,
             "Cases opened, closed and open; ages, overdue, time to close, targets, trend");
  add_report(cli, group, report::ReportKind::expenses,
             "Expense totals, item counts, mileage and VAT, grouped --by");
  add_report(cli, group, report::ReportKind::budget,
             "Per budget code: budget, committed, spent, remaining, forecast, warnings");
  add_report(cli, group, report::ReportKind::diary,
             "Engagements by kind and diary, hours, surgeries held, constituents seen");
  add_report(cli, group, report::ReportKind::actions, "Open and overdue actions by owner");
  add_report(cli, group, report::ReportKind::monthly,
             "The governance pack: headlines, every section, exceptions, recommendations");

  auto run = std::make_shared<ReportOptions>();
  auto* run_cmd = cli.command(group, "run", "Run reports saved in the config ([reports.NAME])");
  auto* name = run_cmd->add_option("NAME", run->name, "The saved report to run");
  cli.complete(name, {{}, "saved-reports"});
  run_cmd->add_flag("--all", run->all, "Run every saved report");
  run_cmd->callback([&cli, run] {
    if (run->all == !run->name.empty())
      throw Error(ErrorKind::usage, "give a saved report's NAME or --all").field("NAME");
    Context& ctx = cli.open();
    // A saved report with no output path goes to standard output (or -o).
    auto options_for = [&cli](render::Format f) { return cli.file_render_options(f); };
    cli.write_output([&](std::ostream& fallback) {
      auto runs = run->all ? report::run_all_saved(ctx, fallback, options_for)
                           : std::vector<report::SavedRun>{
                                 report::run_saved(ctx, run->name, fallback, options_for)};
      for (const auto& r : runs)
        for (const auto& path : r.written) cli.note(r.name + ": wrote " + path.string());
    });
  });

  auto* list_cmd = cli.command(group, "list", "The reports saved in the config");
  list_cmd->callback([&cli] { cli.emit(report::saved_table(cli.context().config())); });
}

}  // namespace clerk::app
