// clerk expense and clerk expense budget: one add_expense_<leaf> per command, and their tables
// in help order.
#include <fstream>

#include "clerk/core/atomic_file.hpp"
#include "clerk/core/error.hpp"
#include "clerk/expense/claim_visibility.hpp"
#include "clerk/expense/expense_import.hpp"
#include "clerk/expense/expense_ops.hpp"
#include "clerk/expense/expense_tables.hpp"
#include "commands.hpp"
#include "input.hpp"

namespace clerk::app {
namespace {

// The fields of an item that add, mileage and edit bind, as typed.
struct ClaimFields {
  std::string claimant, date, category, amount, description, vat, receipt, budget;
  std::string miles, vehicle, passengers, from, to, paid_by;
  bool refund = false, return_journey = false;
};

expense::ClaimInput input_from(CLI::App& cmd, const ClaimFields& o) {
  expense::ClaimInput in;
  auto take = [&](const char* name, const std::string& value, std::optional<std::string>& out) {
    if (given(&cmd, name)) out = value;
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

CLI::Option* add_claimant_option(Cli& cli, CLI::App& cmd, std::string& out, const char* help) {
  auto* opt = cmd.add_option("--claimant", out, help);
  cli.complete(opt, {{}, "staff"});
  return opt;
}

void add_item_options(Cli& cli, CLI::App& cmd, ClaimFields& o) {
  cli.complete(cmd.add_option("--category", o.category, "Category (see `clerk config show`)"),
               {{}, "expense-categories"});
  cmd.add_option("--amount", o.amount, "Gross amount, VAT included: 12.50 or £1,234.50");
  cmd.add_option("--description", o.description, "What it was for");
  cmd.add_option("--vat", o.vat, "The VAT within the amount");
  cmd.add_option("--receipt", o.receipt, "Receipt reference");
  cmd.add_option("--budget", o.budget, "Budget code (default: the category's)");
  cmd.add_flag("--refund", o.refund, "The amount may be negative: money coming back");
}

void add_journey_options(Cli& cli, CLI::App& cmd, ClaimFields& o) {
  cmd.add_option("--miles", o.miles, "Business miles, to one decimal place (7.5)");
  cmd.add_option("--from", o.from, "Where the journey started");
  cmd.add_option("--to", o.to, "Where it went");
  cli.complete(cmd.add_option("--vehicle", o.vehicle, "car (or van), motorcycle or bicycle"),
               {words<expense::Vehicle>(), "", true, {"van"}});
  cmd.add_option("--passengers", o.passengers, "Colleagues carried on business (5p a mile each)");
}

void add_filter_options(Cli& cli, CLI::App& cmd, expense::ListInput& f) {
  add_claimant_option(cli, cmd, f.claimant, "Only this claimant's items");
  cli.complete(cmd.add_option("--status", f.status, "draft|submitted|approved|paid|rejected"),
               {words<expense::Status>(), ""});
  cli.complete(cmd.add_option("--category", f.category, "Only this category"),
               {{}, "expense-categories"});
  cmd.add_option("--budget", f.budget, "Only this budget code");
  cmd.add_option("--from", f.from, "Dated on or after");
  cmd.add_option("--to", f.to, "Dated on or before");
  cmd.add_option("--month", f.month, "Dated in this month, e.g. 2026-11");
}

std::string ids_text(const std::vector<expense::Claim>& claims) {
  std::string out;
  for (const auto& c : claims) out += (out.empty() ? "" : ", ") + std::to_string(c.id);
  return out;
}

Run add_expense_add(CLI::App& cmd, Cli& cli) {
  cmd.description("Record a receipted expense as a draft; prints its id");
  auto o = std::make_shared<ClaimFields>();
  add_claimant_option(cli, cmd, o->claimant, "Who spent it (staff login)");
  cmd.add_option("--date", o->date, "When: 2026-11-20, yesterday, -3d");
  add_item_options(cli, cmd, *o);
  for (const char* name : {"--claimant", "--date", "--category", "--amount", "--description"})
    cmd.get_option(name)->required();
  return [&cli, o, &cmd] {
    auto r = expense::add_claim(cli.open(), input_from(cmd, *o));
    cli.emit_value(std::to_string(r.claim.id));
  };
}

Run add_expense_mileage(CLI::App& cmd, Cli& cli) {
  cmd.description("Record a journey at HMRC approved mileage rates as a draft; prints its id");
  auto o = std::make_shared<ClaimFields>();
  add_claimant_option(cli, cmd, o->claimant, "Who made the journey (staff login)")->required();
  cmd.add_option("--date", o->date, "When (its tax year sets the rates)")->required();
  add_journey_options(cli, cmd, *o);
  cmd.get_option("--miles")->required();
  cmd.add_option("--purpose", o->description, "The business it was for");
  cmd.add_flag("--return", o->return_journey, "There and back: count the miles twice");
  cmd.add_option("--paid-by", o->paid_by,
                 "Record miles another organisation paid for this tax year (they count "
                 "toward the 10,000-mile threshold; nothing is claimed)");
  return [&cli, o, &cmd] {
    auto r = expense::add_mileage(cli.open(), input_from(cmd, *o));
    cli.emit_value(std::to_string(r.claim.id));
    if (r.breakdown) cli.note(r.breakdown->describe());
  };
}

Run add_expense_list(CLI::App& cmd, Cli& cli) {
  cmd.description("List expense items in date order");
  auto o = std::make_shared<expense::ListInput>();
  add_filter_options(cli, cmd, *o);
  return [&cli, o] {
    auto& ctx = cli.open();
    auto filter = expense::claim_filter(ctx, *o);
    cli.emit_rows(expense::list_columns(), [&](const auto& sink) {
      expense::for_each_claim(ctx, filter,
                              [&](const expense::Claim& c) { sink(expense::list_cells(c)); });
    });
    if (int64_t n = expense::hidden_count(ctx, filter))
      cli.note(std::to_string(n) + (n == 1 ? " item" : " items") +
               " hidden: your role sees only your own (see `clerk expense --help`)");
  };
}

struct ExpenseShowOptions {
  int64_t id = 0;
};

Run add_expense_show(CLI::App& cmd, Cli& cli) {
  cmd.description("Show one item, with a mileage item's sum");
  auto o = std::make_shared<ExpenseShowOptions>();
  cmd.add_option("ID", o->id, "Item id")->required();
  return [&cli, o] {
    auto r = expense::show_claim(cli.open(), o->id);
    cli.emit_record(expense::show_columns(), expense::show_cells(r.claim, r.breakdown));
  };
}

struct ExpenseEditOptions {
  int64_t id = 0;
  ClaimFields fields;
};

Run add_expense_edit(CLI::App& cmd, Cli& cli) {
  cmd.description(
      "Change a draft or rejected item (a rejected one becomes a draft to submit again)");
  auto o = std::make_shared<ExpenseEditOptions>();
  cmd.add_option("ID", o->id, "Item id")->required();
  add_claimant_option(cli, cmd, o->fields.claimant, "Whose it is");
  cmd.add_option("--date", o->fields.date, "When");
  add_item_options(cli, cmd, o->fields);
  add_journey_options(cli, cmd, o->fields);
  return [&cli, o, &cmd] {
    auto r = expense::edit_claim(cli.open(), o->id, input_from(cmd, o->fields));
    cli.note("updated expense " + std::to_string(r.claim.id) +
             (r.breakdown ? ": " + r.breakdown->describe() : ""));
  };
}

struct ExpenseDeleteOptions {
  int64_t id = 0;
};

Run add_expense_delete(CLI::App& cmd, Cli& cli) {
  cmd.description("Delete a draft");
  auto o = std::make_shared<ExpenseDeleteOptions>();
  cmd.add_option("ID", o->id, "Item id")->required();
  return [&cli, o] {
    expense::delete_claim(cli.open(), o->id);
    cli.note("deleted expense " + std::to_string(o->id));
  };
}

struct ExpenseSubmitOptions {
  std::vector<int64_t> ids;
  std::string claimant, month;
};

Run add_expense_submit(CLI::App& cmd, Cli& cli) {
  cmd.description("Submit drafts for approval: by id, or a claimant's month with --month");
  auto o = std::make_shared<ExpenseSubmitOptions>();
  cmd.add_option("ID", o->ids, "Item ids");
  add_claimant_option(cli, cmd, o->claimant, "Whose drafts (with --month)");
  cmd.add_option("--month", o->month, "Their drafts dated in this month (2026-11)");
  return [&cli, o] {
    bool by_month = !o->claimant.empty() || !o->month.empty();
    if (o->ids.empty() == !by_month || (by_month && (o->claimant.empty() || o->month.empty())))
      throw Error(ErrorKind::usage, "give item ids, or --claimant and --month").field("submit");
    auto done = by_month ? expense::submit_month(cli.open(), o->claimant, o->month)
                         : expense::submit_claims(cli.open(), o->ids);
    cli.note(done.empty() ? "nothing to submit" : "submitted " + ids_text(done));
  };
}

struct ExpenseApproveOptions {
  std::vector<int64_t> ids;
  bool override_budget = false;
};

Run add_expense_approve(CLI::App& cmd, Cli& cli) {
  cmd.description("Approve submitted items (all or none)");
  auto o = std::make_shared<ExpenseApproveOptions>();
  cmd.add_option("ID", o->ids, "Item ids")->required();
  cmd.add_flag("--override", o->override_budget,
               "Approve past 100% of the budget (managers only; recorded)");
  return [&cli, o] {
    auto done = expense::approve_claims(cli.open(), o->ids, o->override_budget);
    for (const auto& c : done)
      cli.note("approved expense " + std::to_string(c.id) + " (" + c.amount.display() + ")" +
               (c.override ? " past budget " + c.budget + ", overridden" : ""));
  };
}

struct ExpenseRejectOptions {
  int64_t id = 0;
  std::string reason;
};

Run add_expense_reject(CLI::App& cmd, Cli& cli) {
  cmd.description("Reject a submitted item, saying why");
  auto o = std::make_shared<ExpenseRejectOptions>();
  cmd.add_option("ID", o->id, "Item id")->required();
  cmd.add_option("--reason", o->reason, "Why (the claimant sees it)")->required();
  return [&cli, o] {
    auto c = expense::reject_claim(cli.open(), o->id, o->reason);
    cli.note("rejected expense " + std::to_string(c.id));
  };
}

struct ExpensePayOptions {
  std::string through, reference, csv;
  bool dry_run = false;
};

Run add_expense_pay(CLI::App& cmd, Cli& cli) {
  cmd.description(
      "Pay every approved item up to a date in one batch; prints the batch per claimant");
  auto o = std::make_shared<ExpensePayOptions>();
  cmd.add_option("--through", o->through, "Pay items dated up to and including this day")
      ->required();
  cmd.add_option("--reference", o->reference, "The finance system's reference");
  cmd.add_option("--csv", o->csv, "Also write the batch as CSV to FILE (atomically)");
  cmd.add_flag("--dry-run", o->dry_run, "Show the batch; change nothing, write no file");
  return [&cli, o] {
    if (!o->csv.empty()) require_parent_directory(o->csv);
    auto run = expense::pay_claims(cli.open(), o->through, o->reference, o->dry_run);
    auto table = expense::payment_table(run.batch, run.lines);
    if (!o->csv.empty() && !o->dry_run && run.batch.items > 0)
      write_atomically(
          o->csv,
          [&](std::ostream& out) {
            render::write(table, render::Format::csv, out, render::Options{});
          },
          cli.file_options());
    cli.emit(table);
    std::string what = std::to_string(run.batch.items) + " items, " + run.batch.total.display();
    if (run.batch.items == 0)
      cli.note("nothing approved to pay through " + run.batch.through.iso());
    else if (o->dry_run)
      cli.note("dry run: would pay " + what + "; nothing changed");
    else
      cli.note("paid " + what + " in batch " + std::to_string(run.batch.id));
  };
}

struct ExpenseImportOptions {
  std::string file;
  bool dry_run = false, refund = false;
};

Run add_expense_import(CLI::App& cmd, Cli& cli) {
  cmd.description(
      "Load items from CSV or JSON: every row checked first, all or nothing, one audit entry");
  auto o = std::make_shared<ExpenseImportOptions>();
  cmd.add_option("FILE", o->file, "CSV or JSON file, or - for stdin")->required();
  cmd.add_flag("--dry-run", o->dry_run, "Only check the rows");
  cmd.add_flag("--refund", o->refund, "Negative amounts are refunds, not mistakes");
  return [&cli, o] {
    RereadableInput input(o->file);
    auto open = [&input]() -> std::unique_ptr<std::istream> {
      auto in = std::make_unique<std::ifstream>(input.path(), std::ios::binary);
      if (!*in) throw Error(ErrorKind::missing, "cannot open the file").source(input.source());
      return in;
    };
    auto s = expense::import_claims(cli.open(), open, input.source(), o->dry_run, o->refund);
    if (o->dry_run)
      cli.note("checked " + std::to_string(s.rows) + " rows: all good; nothing written (dry run)");
    else if (s.rows == 0)
      cli.note("no rows to import");
    else
      cli.note("imported " + std::to_string(s.rows) + (s.rows == 1 ? " item" : " items") +
               " (ids " + std::to_string(s.first_id) + "-" + std::to_string(s.last_id) + ")");
  };
}

Run add_expense_export(CLI::App& cmd, Cli& cli) {
  cmd.description("Write items with every field as CSV (default) or JSON, for import");
  auto o = std::make_shared<expense::ListInput>();
  add_filter_options(cli, cmd, *o);
  return [&cli, o] {
    std::string& format = cli.options().format;
    if (format.empty()) format = "csv";
    const auto chosen = find_word<render::Format>(format);
    if (chosen != render::Format::csv && chosen != render::Format::json)
      throw Error(ErrorKind::usage, "export writes csv or json, which import reads back")
          .field("format");
    auto& ctx = cli.open();
    auto filter = expense::claim_filter(ctx, *o);
    filter.in_id_order = true;
    cli.emit_rows(expense::record_columns(), [&](const auto& sink) {
      expense::for_each_claim(ctx, filter,
                              [&](const expense::Claim& c) { sink(expense::record_cells(c)); });
    });
  };
}

struct BudgetSetOptions {
  std::string code, fy, amount, name;
};

Run add_budget_set(CLI::App& cmd, Cli& cli) {
  cmd.description("Set a code's budget for a financial year");
  auto o = std::make_shared<BudgetSetOptions>();
  cmd.add_option("CODE", o->code, "Budget code, e.g. TRAVEL")->required();
  cmd.add_option("--fy", o->fy, "Financial year by its start: 2026 is 2026-27")->required();
  cmd.add_option("--amount", o->amount, "The year's budget")->required();
  cmd.add_option("--name", o->name, "What the budget is for");
  return [&cli, o, &cmd] {
    auto b =
        expense::set_budget(cli.open(), o->code, o->fy, o->amount, given(&cmd, "--name", o->name));
    cli.note("budget " + b.code + " for " + financial_year(b.fy).label + ": " + b.amount.display());
  };
}

struct BudgetStatusOptions {
  std::string fy;
};

Run add_budget_status(CLI::App& cmd, Cli& cli) {
  cmd.description("Per code: budget, committed, spent, remaining, % used, forecast, warnings");
  auto o = std::make_shared<BudgetStatusOptions>();
  cmd.add_option("--fy", o->fy, "Financial year (default: this one)");
  return [&cli, o, &cmd] {
    auto& ctx = cli.open();
    auto s = expense::budget_status(ctx, given(&cmd, "--fy", o->fy));
    const auto& thresholds = ctx.config().expenses.budget_warnings;
    cli.emit(expense::budget_table(s.year, ctx.today(), s.lines, thresholds));
    for (const auto& line : s.lines)
      if (auto flag = line.flag(thresholds); !flag.empty())
        cli.note("warning: " + line.code + " " + flag);
  };
}

constexpr Leaf kBudgetLeaves[] = {
    {"set", add_budget_set, Needs::database, people::Permission::finance},
    {"status", add_budget_status, Needs::database, people::Permission::finance},
};

Run add_expense_budget(CLI::App& cmd, Cli& cli) {
  cmd.description("Budgets per code per financial year (1 April)");
  cmd.require_subcommand(1);
  add_leaves(cli, cmd, kBudgetLeaves);
  return {};
}

constexpr Leaf kExpenseLeaves[] = {
    {"add", add_expense_add, Needs::database, people::Permission::anyone},
    {"mileage", add_expense_mileage, Needs::database, people::Permission::anyone},
    {"list", add_expense_list, Needs::database, people::Permission::anyone},
    {"show", add_expense_show, Needs::database, people::Permission::anyone},
    {"edit", add_expense_edit, Needs::database, people::Permission::anyone},
    {"delete", add_expense_delete, Needs::database, people::Permission::anyone},
    {"submit", add_expense_submit, Needs::database, people::Permission::anyone},
    {"approve", add_expense_approve, Needs::database, people::Permission::finance},
    {"reject", add_expense_reject, Needs::database, people::Permission::finance},
    {"pay", add_expense_pay, Needs::database, people::Permission::finance},
    {"import", add_expense_import, Needs::database, people::Permission::finance},
    {"export", add_expense_export, Needs::database, people::Permission::finance},
    {"budget", add_expense_budget, Needs::nothing,
     people::Permission::finance},  // a group: its leaves say
};

}  // namespace

void add_expense_commands(Cli& cli) {
  auto* group = cli.command(cli.root(), "expense",
                            "Expenses and mileage, approval, payment runs and budgets");
  group->require_subcommand(1);
  group->footer(
      "Whose items: finance officers, managers and admins work on everyone's; volunteers and "
      "caseworkers claim for themselves and list, show, edit, delete and submit only their own. "
      "Lists leave the rest out and say how many on stderr; another person's item exits 77.");
  add_leaves(cli, *group, kExpenseLeaves);
}

}  // namespace clerk::app
