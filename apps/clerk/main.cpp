// clerk: the command-line entry point. Builds the command table, parses, runs, and maps every
// failure to one documented exit status.
#include <iostream>

#include "clerk/core/error.hpp"
#include "clerk/core/text.hpp"
#include "clerk/db/sqlite_error.hpp"
#include "cli.hpp"
#include "commands.hpp"

namespace {

constexpr const char* kFooter = R"(
Exit status:
  0  success                 65  bad data (input refused; nothing written)
  1  a check found problems  66  missing input (file or record does not exist)
 64  usage error             70  internal error (please report)
 73  cannot create a file    74  I/O error
 75  busy (database locked)  77  not permitted
 78  bad configuration

Environment: CLERK_DB, CLERK_CONFIG, CLERK_USER, CLERK_TODAY, NO_COLOR, CLICOLOR_FORCE,
PAGER, COLUMNS, XDG_DATA_HOME, XDG_CONFIG_HOME. See `man clerk` and README.md.)";

void add_global_options(clerk::app::Cli& cli) {
  auto& app = cli.root();
  auto& o = cli.options();
  app.add_option("--db", o.db, "Database file (default $XDG_DATA_HOME/clerk/clerk.db)")
      ->envname("CLERK_DB");
  app.add_option("--config", o.config, "Config file (default $XDG_CONFIG_HOME/clerk/config.toml)")
      ->envname("CLERK_CONFIG");
  auto* user = app.add_option("--user", o.user, "Acting staff member (default: login name)")
                   ->envname("CLERK_USER");
  cli.complete(user, {{}, "staff"});
  auto* format = app.add_option("--format", o.format,
                                "Output format: table|csv|tsv|json|jsonl|md|text|html "
                                "(default table on a terminal; otherwise tsv, and text for "
                                "documents: letters, briefings, reports, case show)");
  cli.complete(format, {clerk::words<clerk::render::Format>(), ""});
  app.add_option("-o,--output", o.output,
                 "Write output to FILE (atomically) instead of stdout; with csv or tsv, DIR/ "
                 "takes one file per table of a document");
  app.add_option("--section", o.section,
                 "Only the table NAME of a document (a report's section key): csv and tsv on "
                 "stdout hold one table");
  app.add_flag("--quiet", o.quiet, "No messages on stderr, only errors");
  const std::vector<std::string> color_words = {"auto", "always", "never"};
  auto* color = app.add_option("--color", o.color,
                               "Colour in tables: auto (on a terminal, not with NO_COLOR or "
                               "TERM=dumb; CLICOLOR_FORCE=1 forces it), always (for less -R) "
                               "or never")
                    ->check(CLI::IsMember(color_words))
                    ->type_name("WHEN");
  cli.complete(color, {color_words, ""});
  app.add_flag("--no-color", o.no_color, "No colour: the same as --color never");
  app.add_flag("--no-pager", o.no_pager,
               "Do not page long output on a terminal (the pager is $PAGER, else less -FRX; "
               "[output] pager = false turns it off for good)");
  app.add_flag("--bom", o.bom, "Start CSV/TSV output with a UTF-8 byte-order mark (for Excel)");
  app.add_option("--today", o.today,
                 "Fix today's date, YYYY-MM-DD (reproducible or back-dated runs)")
      ->envname("CLERK_TODAY");
  app.set_version_flag("--version", std::string("clerk ") + CLERK_VERSION);
}

// Whether `word` in argv is the value of the option before it (`--db x.db`, `-o out.csv`): an
// option of `at` or of a parent (global options fall through) that takes a value.
bool is_option_value(CLI::App* at, const std::string& previous) {
  if (previous.size() < 2 || previous[0] != '-' || previous.find('=') != std::string::npos)
    return false;
  for (CLI::App* app = at; app != nullptr; app = app->get_parent())
    if (const CLI::Option* opt = app->get_option_no_throw(previous))
      return opt->get_expected_max() > 0;
  return false;
}

// Usage errors exit 64 with CLI11's message and a pointer to --help. A word where a command
// belongs that is not one (`clerk risk list`, `clerk case lst`) is said to be just that, with a
// near miss when there is one, and nothing else: CLI11 would say "A subcommand is required".
int usage_error(clerk::app::Cli& cli, const CLI::ParseError& e, int argc, char** argv) {
  CLI::App* at = &cli.root();
  for (int i = 1; i < argc; ++i) {
    std::string word = argv[i];
    if (word.empty() || word[0] == '-') continue;
    if (i > 1 && is_option_value(at, argv[i - 1])) continue;
    auto subs = at->get_subcommands([](CLI::App*) { return true; });
    if (subs.empty()) break;  // a leaf: the rest are its arguments
    std::vector<std::string> names;
    CLI::App* next = nullptr;
    for (CLI::App* sub : subs) {
      if (sub->get_name() == word) next = sub;
      if (!sub->get_group().empty()) names.push_back(sub->get_name());
    }
    if (next) {
      at = next;
      continue;
    }
    auto near = clerk::text::near_misses(word, names);
    std::cerr << "clerk: error: unknown command '" << word << "'";
    if (!near.empty()) std::cerr << "; did you mean '" << near.front() << "'?";
    std::cerr << '\n';
    return 64;
  }
  std::cerr << "clerk: error: " << e.what() << '\n';
  std::cerr << "Run `clerk --help` (or `clerk COMMAND --help`) for usage.\n";
  return 64;
}

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  clerk::app::Cli cli(argc, argv);
  add_global_options(cli);
  cli.root().footer(kFooter);
  clerk::app::add_init_command(cli);
  clerk::app::add_config_commands(cli);
  clerk::app::add_staff_commands(cli);
  clerk::app::add_contact_commands(cli);
  clerk::app::add_case_commands(cli);
  clerk::app::add_expense_commands(cli);
  clerk::app::add_diary_commands(cli);
  clerk::app::add_report_commands(cli);
  clerk::app::add_audit_commands(cli);
  clerk::app::add_db_commands(cli);
  clerk::app::add_completion_commands(cli);
  if (argc == 1) {
    std::cerr << cli.root().help();
    return 64;
  }
  try {
    cli.root().parse(argc, argv);
    return 0;
  } catch (const CLI::Success& e) {  // --help, --help-all, --version
    return cli.root().exit(e);
  } catch (const CLI::ParseError& e) {
    return usage_error(cli, e, argc, argv);
  } catch (...) {
    std::cout.flush();
    clerk::Error error = clerk::db::to_error(std::current_exception());
    std::cerr << "clerk: error: " << error.describe() << '\n';
    if (error.kind() == clerk::ErrorKind::internal)
      std::cerr << "clerk: this is a bug; please report it with the command you ran\n";
    return clerk::exit_status(error.kind());
  }
}
