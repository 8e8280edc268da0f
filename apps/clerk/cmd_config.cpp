// clerk config show|path|check|holidays import|holidays list
#include <fstream>
#include <iostream>
#include <sstream>

#include "clerk/admin/holiday_ops.hpp"
#include "clerk/core/error.hpp"
#include "clerk/core/text.hpp"
#include "clerk/report/saved_report.hpp"
#include "commands.hpp"
#include "input.hpp"

namespace clerk::app {

void add_config_commands(Cli& cli) {
  auto* group =
      cli.command(cli.root(), "config", "Show, locate and check the configuration; bank holidays");
  group->require_subcommand(1);

  cli.command(*group, "show", "Print the effective configuration (file plus defaults) as TOML")
      ->callback([&cli] {
        std::string toml = config::to_toml(cli.context().config());
        cli.write_output([&](std::ostream& out) { out << toml; });
      });

  cli.command(*group, "path", "Print where the config file is (or would be)")->callback([&cli] {
    cli.emit_value(cli.session_options().config_path.string());
  });

  cli.command(*group, "check", "Validate the config file; list every problem (exit 78 if any)")
      ->callback([&cli] {
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
          throw Error(ErrorKind::config,
                      std::to_string(problems.size()) + " problem(s) in the config")
              .source(path.string());
        cli.note(path.string() + ": ok");
      });

  auto* holidays =
      cli.command(*group, "holidays", "Bank holidays in force: list, import the official list");
  holidays->require_subcommand(1);

  auto file = std::make_shared<std::string>();
  auto* import =
      cli.command(*holidays, "import", "Import GOV.UK's bank-holidays.json (FILE or - for stdin)");
  import->add_option("FILE", *file, "bank-holidays.json, or - for stdin")->required();
  import->callback([&cli, file] {
    std::string text = read_input(*file);
  auto& ctx = cli.open();
  auto s = admin::import_holidays(ctx, text, *file == "-" ? "stdin" : *file);
  cli.note("imported " + std::to_string(s.imported) + " bank holidays for " +
           std::to_string(s.first_year) + "-" + std::to_string(s.last_year) + " (replaced " +
           std::to_string(s.replaced) + ")");
});

struct ListOptions {
  std::string nation, year, from, to;
};
auto list_opts = std::make_shared<ListOptions>();
auto* list = cli.command(*holidays, "list", "List the bank holidays in force (default: this year)");
auto* nation_opt =
    list->add_option("--nation", list_opts->nation,
                     "england-and-wales|scotland|northern-ireland (default: configured)");
cli.complete(nation_opt, {words<Nation>(), ""});
list->add_option("--year", list_opts->year, "Calendar year, e.g. 2027");
list->add_option("--from", list_opts->from, "First day (default: 1 January of --year)");
list->add_option("--to", list_opts->to, "Last day (default: 31 December of --year)");
list->callback([&cli, list_opts] {
  auto& ctx = cli.open();
  std::optional<Nation> nation;
  if (!list_opts->nation.empty()) {
    nation = parse_word<Nation>(list_opts->nation);
  }
  int year = ctx.today().year();
  if (!list_opts->year.empty()) year = parse_int(list_opts->year, "year", 1000, 9999);
  Date from = list_opts->from.empty() ? *Date::from_ymd(year, 1, 1)
                                      : ctx.parse_date(list_opts->from, "from");
  Date to =
      list_opts->to.empty() ? *Date::from_ymd(year, 12, 31) : ctx.parse_date(list_opts->to, "to");
  cli.emit(admin::holiday_table(ctx, nation, from, to));
});
}  // namespace clerk::app

}  // namespace clerk::app
