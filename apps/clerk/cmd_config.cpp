// clerk config and clerk config holidays: one add_config_<leaf> per command, and their tables in
// help order.
#include <fstream>
#include <iostream>
#include <sstream>

#include "clerk/admin/holiday_ops.hpp"
#include "clerk/admin/holiday_tables.hpp"
#include "clerk/core/error.hpp"
#include "clerk/core/text.hpp"
#include "clerk/report/saved_report.hpp"
#include "commands.hpp"
#include "input.hpp"

namespace clerk::app {
namespace {

Run add_config_show(CLI::App& cmd, Cli& cli) {
  cmd.description("Print the effective configuration (file plus defaults) as TOML");
  return [&cli] {
    std::string toml = config::to_toml(cli.context().config());
    cli.write_output([&](std::ostream& out) { out << toml; });
  };
}

Run add_config_path(CLI::App& cmd, Cli& cli) {
  cmd.description("Print where the config file is (or would be)");
  return [&cli] { cli.emit_value(cli.session_options().config_path.string()); };
}

// Reads the config file itself, not through the context, so it can list every problem.
Run add_config_check(CLI::App& cmd, Cli& cli) {
  cmd.description("Validate the config file; list every problem (exit 78 if any)");
  return [&cli] {
    auto session = cli.session_options();
    const auto& path = session.config_path;
    if (!std::filesystem::exists(path)) {
      // A file named by --config/CLERK_CONFIG must exist; the default location may not.
      if (session.config_explicit)
        throw Error(ErrorKind::config, "no config file here").source(path.string());
      cli.note("no config file at " + path.string() + "; the built-in defaults apply");
      return;
    }
    auto problems = config::check(path);
    // Saved reports name reports, formats and periods only the report layer knows.
    if (problems.empty())
      for (auto& p : report::saved_report_problems(config::load(path, true)))
        problems.push_back(path.string() + ", " + p);
    for (const auto& p : problems) std::cerr << p << '\n';
    if (!problems.empty())
      throw Error(ErrorKind::config, std::to_string(problems.size()) + " problem(s) in the config")
          .source(path.string());
    cli.note(path.string() + ": ok");
  };
}

struct HolidaysImportOptions {
  std::string file;
};

Run add_holidays_import(CLI::App& cmd, Cli& cli) {
  cmd.description("Import GOV.UK's bank-holidays.json (FILE or - for stdin)");
  auto o = std::make_shared<HolidaysImportOptions>();
  cmd.add_option("FILE", o->file, "bank-holidays.json, or - for stdin")->required();
  return [&cli, o] {
    std::string text = read_input(o->file);
    auto& ctx = cli.open();
    auto s = admin::import_holidays(ctx, text, o->file == "-" ? "stdin" : o->file);
    cli.note("imported " + std::to_string(s.imported) + " bank holidays for " +
             std::to_string(s.first_year) + "-" + std::to_string(s.last_year) + " (replaced " +
             std::to_string(s.replaced) + ")");
  };
}

struct HolidaysListOptions {
  std::string nation, year, from, to;
};

Run add_holidays_list(CLI::App& cmd, Cli& cli) {
  cmd.description("List the bank holidays in force (default: this year)");
  auto o = std::make_shared<HolidaysListOptions>();
  auto* nation_option = cmd.add_option(
      "--nation", o->nation, "england-and-wales|scotland|northern-ireland (default: configured)");
  cli.complete(nation_option, {words<Nation>(), ""});
  cmd.add_option("--year", o->year, "Calendar year, e.g. 2027");
  cmd.add_option("--from", o->from, "First day (default: 1 January of --year)");
  cmd.add_option("--to", o->to, "Last day (default: 31 December of --year)");
  return [&cli, o] {
    auto& ctx = cli.open();
    std::optional<Nation> nation;
    if (!o->nation.empty()) nation = parse_word<Nation>(o->nation);
    int year = ctx.today().year();
    if (!o->year.empty()) year = parse_int(o->year, "year", 1000, 9999);
    Date from = o->from.empty() ? *Date::from_ymd(year, 1, 1) : ctx.parse_date(o->from, "from");
    Date to = o->to.empty() ? *Date::from_ymd(year, 12, 31) : ctx.parse_date(o->to, "to");
    cli.emit(admin::holiday_table(admin::holidays_in_force(ctx, nation, from, to)));
  };
}

constexpr Leaf kHolidaysLeaves[] = {
    {"import", add_holidays_import, Needs::database, people::Permission::administer},
    {"list", add_holidays_list, Needs::database, people::Permission::anyone},
};

Run add_config_holidays(CLI::App& cmd, Cli& cli) {
  cmd.description("Bank holidays in force: list, import the official list");
  cmd.require_subcommand(1);
  add_leaves(cli, cmd, kHolidaysLeaves);
  return {};
}

constexpr Leaf kConfigLeaves[] = {
    {"show", add_config_show, Needs::config, people::Permission::anyone},
    {"path", add_config_path, Needs::nothing, people::Permission::anyone},
    {"check", add_config_check, Needs::config, people::Permission::anyone},
    {"holidays", add_config_holidays, Needs::nothing,
     people::Permission::anyone},  // a group: its leaves say
};

}  // namespace

void add_config_commands(Cli& cli) {
  auto* group =
      cli.command(cli.root(), "config", "Show, locate and check the configuration; bank holidays");
  group->require_subcommand(1);
  add_leaves(cli, *group, kConfigLeaves);
}

}  // namespace clerk::app
