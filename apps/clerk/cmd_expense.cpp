// clerk expense add|mileage|list|show|edit|delete|submit|approve|reject|pay|import|export and
// clerk expense budget set|status
#include <fstream>

#include "clerk/core/atomic_file.hpp"
#include "clerk/core/error.hpp"
#include "clerk/expense/expense_import.hpp"
#include "clerk/expense/expense_ops.hpp"
#include "clerk/expense/expense_table.hpp"
#include "commands.hpp"
#include "input.hpp"

namespace clerk::app {
namespace {

struct ClaimOptions {
  int64_t id = 0;
  std::vector<int64_t> ids;
  std::string claimant, date, category, amount, description, vat, receipt, budget;
  std::string miles, vehicle, passengers, from, to, paid_by;
  std::string month, reason;
  bool refund = false, return_journey = false, override_budget = false;
};

expense::ClaimInput input_from(CLI::App* cmd, const ClaimOptions& o) {
  expense::ClaimInput in;
  auto take = [&](const char* name, const std::string& value, std::optional<std::string>& out) {
    if (given(cmd, name)) out = value;
  };
  take("--claimant", o.claimant, in.claimant);
  take("--date", o.date, in.date);
  take("--category", o.category, in.category);
  take("--amount", o.amount, in.amount);
  take("--description", o.description, in.description);
  take("--purpose", o.description, in.description);
  take("--vat", o.vat, in.vat);
  take("--receipt", o.receipt, in.receipt);
  take("--budget", o.budget, in.budget);
  take("--miles", o.miles, in.miles);
  take("--vehicle", o.vehicle, in.vehicle);
  take("--passengers", o.passengers, in.passengers);
  take("--from", o.from, in.from);
  take("--to", o.to, in.to);
  take("--paid-by", o.paid_by, in.paid_by);
  in.refund = o.refund;
  in.return_journey = o.return_journey;
  return in;
}

CLI::Option* add_claimant_option(Cli& cli, CLI::App* cmd, std::string& out, const char* help) {
  auto* opt = cmd->add_option("--claimant", out, help);
  cli.complete(opt, {{}, "staff"});
  return opt;
}

void add_item_options(Cli& cli, CLI::App* cmd, ClaimOptions& o) {
  cli.complete(cmd->add_option("--category", o.category, "Category (see `clerk config show`)"),
               {{}, "expense-categories"});
  cmd->add_option("--amount", o.amount, "Gross amount, VAT included: 12.50 or £1,234.50");
  cmd->add_option("--description", o.description, "What it was for");
  cmd->add_option("--vat", o.vat, "The VAT within the amount");
  cmd->add_option("--receipt", o.receipt, "Receipt reference");
  cmd->add_option("--budget", o.budget, "Budget code (default: the category's)");
  cmd->add_flag("--refund", o.refund, "The amount may be negative: money coming back");
}

void add_journey_options(Cli& cli, CLI::App* cmd, ClaimOptions& o) {
  cmd->add_option("--miles", o.miles, "Business miles, to one decimal place (7.5)");
  cmd->add_option("--from", o.from, "Where the journey started");
  cmd->add_option("--to", o.to, "Where it went");
  cli.complete(cmd->add_option("--vehicle", o.vehicle, "car (or van), motorcycle or bicycle"),
               {words<expense::Vehicle>(), "", true, {"van"}});
  cmd->add_option("--passengers", o.passengers, "Colleagues carried on business (5p a mile each)");
}

void add_filter_options(Cli& cli, CLI::App* cmd, expense::ListInput& f) {
  add_claimant_option(cli, cmd, f.claimant, "Only this claimant's items");
  cli.complete(cmd->add_option("--status", f.status, "draft|submitted|approved|paid|rejected"),
               {words<expense::Status>(), ""});
  cli.complete(cmd->add_option("--category", f.category, "Only this category"),
               {{}, "expense-categories"});
  cmd->add_option("--budget", f.budget, "Only this budget code");
  cmd->add_option("--from", f.from, "Dated on or after");
  cmd->add_option("--to", f.to, "Dated on or before");
  cmd->add_option("--month", f.month, "Dated in this month, e.g. 2026-11");
}

std::string ids_text(const std::vector<expense::Claim>& claims) {
  std::string out;
  for (const auto& c : claims) out += (out.empty() ? "" : ", ") + std::to_string(c.id);
  return out;
}

void add_claim_commands(Cli& cli, CLI::App& group) {
  auto add = std::make_shared<ClaimOptions>();
  auto* add_cmd = cli.command(group, "add", "Record a receipted expense as a draft; prints its id");
  add_claimant_option(cli, add_cmd, add->claimant, "Who spent it (staff login)");
  add_cmd->add_option("--date", add->date, "When: 2026-11-20, yesterday, -3d");
  add_item_options(cli, add_cmd, *add);
  for (const char* name : {"--claimant", "--date", "--category", "--amount", "--description"})
    add_cmd->get_option(name)->required();
  add_cmd->callback([&cli, add, add_cmd] {
    auto r = expense::add_claim(cli.open(), input_from(add_cmd, *add));
    cli.emit_value(std::to_string(r.claim.id));
  });

  auto mileage = std::make_shared<ClaimOptions>();
  auto* mileage_cmd =
      cli.command(group, "mileage",
                  "Record a journey at HMRC approved mileage rates as a draft; prints its id");
  add_claimant_option(cli, mileage_cmd, mileage->claimant, "Who made the journey (staff login)")
      ->required();
  mileage_cmd->add_option("--date", mileage->date, "When (its tax year sets the rates)")
      ->required();
  add_journey_options(cli, mileage_cmd, *mileage);
  mileage_cmd->get_option("--miles")->required();
  mileage_cmd->add_option("--purpose", mileage->description, "The business it was for");
  mileage_cmd->add_flag("--return", mileage->return_journey,
                        "There and back: count the miles twice");
  mileage_cmd->add_option("--paid-by", mileage->paid_by,
                          "Record miles another organisation paid for this tax year (they count "
                          "toward the 10,000-mile threshold; nothing is claimed)");
  mileage_cmd->callback([&cli, mileage, mileage_cmd] {
    auto r = expense::add_mileage(cli.open(), input_from(mileage_cmd, *mileage));
    cli.emit_value(std::to_string(r.claim.id));
    if (r.breakdown) cli.note(r.breakdown->describe());
  });

  auto list = std::make_shared<expense::ListInput>();
  auto* list_cmd = cli.command(group, "list", "List expense items in date order");
  add_filter_options(cli, list_cmd, *list);
  list_cmd->callback([&cli, list] {
    auto& ctx = cli.open();
    auto filter = expense::claim_filter(ctx, *list);
    cli.emit_rows(expense::list_columns(), [&](const auto& sink) {
      expense::for_each_claim(ctx, filter,
                              [&](const expense::Claim& c) { sink(expense::list_cells(c)); });
    });
  });

  auto show = std::make_shared<ClaimOptions>();
  auto* show_cmd = cli.command(group, "show", "Show one item, with a mileage item's sum");
  show_cmd->add_option("ID", show->id, "Item id")->required();
  show_cmd->callback([&cli, show] {
    auto r = expense::show_claim(cli.open(), show->id);
    cli.emit_record(expense::show_columns(), expense::show_cells(r.claim, r.breakdown));
  });

  auto edit = std::make_shared<ClaimOptions>();
  auto* edit_cmd = cli.command(group, "edit",
                               "Change a draft or rejected item (a rejected one "
                               "becomes a draft to submit again)");
  edit_cmd->add_option("ID", edit->id, "Item id")->required();
  add_claimant_option(cli, edit_cmd, edit->claimant, "Whose it is");
  edit_cmd->add_option("--date", edit->date, "When");
  add_item_options(cli, edit_cmd, *edit);
  add_journey_options(cli, edit_cmd, *edit);
  edit_cmd->callback([&cli, edit, edit_cmd] {
    auto r = expense::edit_claim(cli.open(), edit->id, input_from(edit_cmd, *edit));
    cli.note("updated expense " + std::to_string(r.claim.id) +
             (r.breakdown ? ": " + r.breakdown->describe() : ""));
  });

  auto del = std::make_shared<ClaimOptions>();
  auto* delete_cmd = cli.command(group, "delete", "Delete a draft");
  delete_cmd->add_option("ID", del->id, "Item id")->required();
  delete_cmd->callback([&cli, del] {
    expense::delete_claim(cli.open(), del->id);
    cli.note("deleted expense " + std::to_string(del->id));
  });
}

void add_workflow_commands(Cli& cli, CLI::App& group) {
  auto submit = std::make_shared<ClaimOptions>();
  auto* submit_cmd = cli.command(
      group, "submit", "Submit drafts for approval: by id, or a claimant's month with --month");
  submit_cmd->add_option("ID", submit->ids, "Item ids");
  add_claimant_option(cli, submit_cmd, submit->claimant, "Whose drafts (with --month)");
  submit_cmd->add_option("--month", submit->month, "Their drafts dated in this month (2026-11)");
  submit_cmd->callback([&cli, submit] {
    bool by_month = !submit->claimant.empty() || !submit->month.empty();
    if (submit->ids.empty() == !by_month ||
        (by_month && (submit->claimant.empty() || submit->month.empty())))
      throw Error(ErrorKind::usage, "give item ids, or --claimant and --month").field("submit");
    auto done = by_month ? expense::submit_month(cli.open(), submit->claimant, submit->month)
                         : expense::submit_claims(cli.open(), submit->ids);
    cli.note(done.empty() ? "nothing to submit" : "submitted " + ids_text(done));
  });

  auto approve = std::make_shared<ClaimOptions>();
  auto* approve_cmd = cli.command(group, "approve", "Approve submitted items (all or none)");
  approve_cmd->add_option("ID", approve->ids, "Item ids")->required();
  approve_cmd->add_flag("--override", approve->override_budget,
                        "Approve past 100% of the budget (managers only; recorded)");
  approve_cmd->callback([&cli, approve] {
    auto done = expense::approve_claims(cli.open(), approve->ids, approve->override_budget);
    for (const auto& c : done)
      cli.note("approved expense " + std::to_string(c.id) + " (" + c.amount.display() + ")" +
               (c.override ? " past budget " + c.budget + ", overridden" : ""));
  });

  auto reject = std::make_shared<ClaimOptions>();
  auto* reject_cmd = cli.command(group, "reject", "Reject a submitted item, saying why");
  reject_cmd->add_option("ID", reject->id, "Item id")->required();
  reject_cmd->add_option("--reason", reject->reason, "Why (the claimant sees it)")->required();
  reject_cmd->callback([&cli, reject] {
    auto c = expense::reject_claim(cli.open(), reject->id, reject->reason);
    cli.note("rejected expense " + std::to_string(c.id));
  });

  struct PayOptions {
    std::string through, reference, csv;
    bool dry_run = false;
  };
  auto pay = std::make_shared<PayOptions>();
  auto* pay_cmd = cli.command(group, "pay",
                              "Pay every approved item up to a date in one batch; prints the "
                              "batch per claimant");
  pay_cmd->add_option("--through", pay->through, "Pay items dated up to and including this day")
      ->required();
  pay_cmd->add_option("--reference", pay->reference, "The finance system's reference");
  pay_cmd->add_option("--csv", pay->csv, "Also write the batch as CSV to FILE (atomically)");
  pay_cmd->add_flag("--dry-run", pay->dry_run, "Show the batch; change nothing, write no file");
  pay_cmd->callback([&cli, pay] {
    if (!pay->csv.empty()) require_parent_directory(pay->csv);
    auto run = expense::pay_claims(cli.open(), pay->through, pay->reference, pay->dry_run);
    auto table = expense::payment_table(run.batch, run.lines);
    if (!pay->csv.empty() && !pay->dry_run && run.batch.items > 0)
      write_atomically(
          pay->csv,
          [&](std::ostream& out) {
            render::write(table, render::Format::csv, out, render::Options{});
          },
          cli.file_options());
    cli.emit(table);
    std::string what = std::to_string(run.batch.items) + " items, " + run.batch.total.display();
    if (run.batch.items == 0)
      cli.note("nothing approved to pay through " + run.batch.through.iso());
    else if (pay->dry_run)
      cli.note("dry run: would pay " + what + "; nothing changed");
    else
      cli.note("paid " + what + " in batch " + std::to_string(run.batch.id));
  });
}

void add_transfer_commands(Cli& cli, CLI::App& group) {
  struct ImportOptions {
    std::string file;
    bool dry_run = false, refund = false;
  };
  auto import = std::make_shared<ImportOptions>();
  auto* import_cmd = cli.command(group, "import",
                                 "Load items from CSV or JSON: every row checked first, all or "
                                 "nothing, one audit entry");
  import_cmd->add_option("FILE", import->file, "CSV or JSON file, or - for stdin")->required();
  import_cmd->add_flag("--dry-run", import->dry_run, "Only check the rows");
  import_cmd->add_flag("--refund", import->refund, "Negative amounts are refunds, not mistakes");
  import_cmd->callback([&cli, import] {
    RereadableInput input(import->file);
    auto open = [&input]() -> std::unique_ptr<std::istream> {
      auto in = std::make_unique<std::ifstream>(input.path(), std::ios::binary);
      if (!*in) throw Error(ErrorKind::missing, "cannot open the file").source(input.source());
      return in;
    };
    auto s =
        expense::import_claims(cli.open(), open, input.source(), import->dry_run, import->refund);
    if (import->dry_run)
      cli.note("checked " + std::to_string(s.rows) + " rows: all good; nothing written (dry run)");
    else if (s.rows == 0)
      cli.note("no rows to import");
    else
      cli.note("imported " + std::to_string(s.rows) + (s.rows == 1 ? " item" : " items") +
               " (ids " + std::to_string(s.first_id) + "-" + std::to_string(s.last_id) + ")");
  });

  auto exp = std::make_shared<expense::ListInput>();
  auto* export_cmd = cli.command(
      group, "export", "Write items with every field as CSV (default) or JSON, for import");
  add_filter_options(cli, export_cmd, *exp);
  export_cmd->callback([&cli, exp] {
    std::string& format = cli.options().format;
    if (format.empty()) format = "csv";
    const auto chosen = find_word<render::Format>(format);
    if (chosen != render::Format::csv && chosen != render::Format::json)
      throw Error(ErrorKind::usage, "export writes csv or json, which import reads back")
          .field("format");
    auto& ctx = cli.open();
    auto filter = expense::claim_filter(ctx, *exp);
    filter.in_id_order = true;
    cli.emit_rows(expense::record_columns(), [&](const auto& sink) {
      expense::for_each_claim(ctx, filter,
                              [&](const expense::Claim& c) { sink(expense::record_cells(c)); });
    });
  });
}

void add_budget_commands(Cli& cli, CLI::App& group) {
  auto* budget = cli.command(group, "budget", "Budgets per code per financial year (1 April)");
  budget->require_subcommand(1);

  struct BudgetOptions {
    std::string code, fy, amount, name;
  };
  auto set = std::make_shared<BudgetOptions>();
  auto* set_cmd = cli.command(*budget, "set", "Set a code's budget for a financial year");
  set_cmd->add_option("CODE", set->code, "Budget code, e.g. TRAVEL")->required();
  set_cmd->add_option("--fy", set->fy, "Financial year by its start: 2026 is 2026-27")->required();
  set_cmd->add_option("--amount", set->amount, "The year's budget")->required();
  set_cmd->add_option("--name", set->name, "What the budget is for");
  set_cmd->callback([&cli, set, set_cmd] {
    std::optional<std::string> name;
    if (given(set_cmd, "--name")) name = set->name;
    auto b = expense::set_budget(cli.open(), set->code, set->fy, set->amount, name);
    cli.note("budget " + b.code + " for " + financial_year(b.fy).label + ": " + b.amount.display());
  });

  auto status = std::make_shared<BudgetOptions>();
  auto* status_cmd =
      cli.command(*budget, "status",
                  "Per code: budget, committed, spent, remaining, % used, forecast, warnings");
  status_cmd->add_option("--fy", status->fy, "Financial year (default: this one)");
  status_cmd->callback([&cli, status, status_cmd] {
    auto& ctx = cli.open();
    std::optional<std::string> fy;
    if (given(status_cmd, "--fy")) fy = status->fy;
    auto s = expense::budget_status(ctx, fy);
    const auto& thresholds = ctx.config().expenses.budget_warnings;
    cli.emit(expense::budget_table(s.year, ctx.today(), s.lines, thresholds));
    for (const auto& line : s.lines)
      if (auto flag = line.flag(thresholds); !flag.empty())
        cli.note("warning: " + line.code + " " + flag);
  });
}

}  // namespace

void add_expense_commands(Cli& cli) {
  auto* group = cli.command(cli.root(), "expense",
                            "Expenses and mileage, approval, payment runs and budgets");
  group->require_subcommand(1);
  add_claim_commands(cli, *group);
  add_workflow_commands(cli, *group);
  add_transfer_commands(cli, *group);
  add_budget_commands(cli, *group);
}

}  // namespace clerk::app
