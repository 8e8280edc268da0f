// The app's side of every command: global options → clerk::Context, output sink, messages.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "clerk/core/atomic_file.hpp"
#include "clerk/render/document.hpp"
#include "clerk/render/writer.hpp"
#include "clerk/session/context.hpp"
#include "leaf.hpp"
#include "output_pager.hpp"

namespace clerk::app {

struct GlobalOptions {
  std::string db;
  std::string config;
  std::string user;
  std::string format;
  std::string output;
  std::string section;
  std::string today;
  bool quiet = false;
  bool no_color = false;
  std::string color = "auto";  // --color auto|always|never
  bool no_pager = false;
  bool bom = false;
};

// What the completion scripts offer for an option's value.
struct Completion {
  Completion(std::vector<std::string> w = {}, std::string d = {}, bool c = true,
             std::vector<std::string> a = {})
      : words(std::move(w)), dynamic(std::move(d)), closed(c), aliases(std::move(a)) {}

  std::vector<std::string> words;  // fixed choices
  std::string dynamic;             // or a kind asked of `clerk __complete KIND` at tab time
  // Whether `words` are the only values the option takes: then any other value is a usage
  // error, found before a config or database is loaded. False where they are examples.
  bool closed;
  std::vector<std::string> aliases;  // also taken, not offered (a van is a car for HMRC)
};

// True when option `name` of `cmd` was given on the command line.
bool given(CLI::App* cmd, const char* name);
// `value` (what the option was bound to) when option `name` of `cmd` was given, else nullopt:
// so an option set to "" can be told from one left out.
std::optional<std::string> given(CLI::App* cmd, const char* name, const std::string& value);

class Cli {
 public:
  Cli(int argc, char** argv);

  CLI::App& root() { return app_; }
  GlobalOptions& options() { return options_; }

  // Adds a subcommand under `parent` in help order.
  CLI::App* command(CLI::App& parent, const std::string& name, const std::string& help);
  // Records what completions offer for `option`.
  void complete(CLI::Option* option, Completion completion);
  const std::map<const CLI::Option*, Completion>& completions() const { return completions_; }

  // Where the database and config are, who is acting, today: resolved from options,
  // environment and XDG defaults, without loading anything.
  SessionOptions session_options();

  // Error{usage} for a value of a closed-choice option (see Completion) that is not one of its
  // words, on the command being run. Runs once parsing completes, before any command's callback.
  void check_choices();

  // Holds the leaf about to run to what its table entry says it needs (see Needs) and who may
  // run it (checked by open()); `doing` names it in a refusal.
  void hold_to(Needs needs, people::Permission permission, std::string doing) {
    needs_ = needs;
    permission_ = permission;
    doing_ = std::move(doing);
  }
  // Every leaf command and its permission, in help order (`clerk __permissions`).
  void record_permission(std::string command, people::Permission p) {
    permissions_.emplace_back(std::move(command), p);
  }
  const std::vector<std::pair<std::string, people::Permission>>& permissions() const {
    return permissions_;
  }

  // The context with config loaded (no database). `config_may_be_missing` lets `init` run
  // before the config file it is about to write exists.
  Context& context(bool config_may_be_missing = false);
  // The context with the existing database open and the acting user checked.
  Context& open();

  render::Format format();
  // A document's format: --format, else the terminal's default on a terminal, else `text`.
  render::Format document_format();
  render::Options render_options();

  // How files named by -o (and the like) are made: the configured mode, no missing directories.
  FileOptions file_options();
  // The [output] settings as render options for output that is not a terminal: page length,
  // page width (none for `table`, which is never cut off a terminal) and the CSV/TSV BOM.
  render::Options file_render_options(render::Format format);
  // Writes command output to stdout, or atomically to -o FILE.
  void write_output(const std::function<void(std::ostream&)>& fill);
  void emit(const render::Table& table);
  void emit(const render::Document& document);
  void emit_record(const std::vector<render::Column>& columns,
                   const std::vector<render::Cell>& values);
  // A stream of rows: `produce` is handed a sink to call per row.
  void emit_rows(
      const std::vector<render::Column>& columns,
      const std::function<void(const std::function<void(const std::vector<render::Cell>&)>&)>&
          produce);
  // A single value a script reads back (a new id): always plain text on stdout.
  void emit_value(const std::string& value);
  // A message for people on stderr; silent with --quiet.
  void note(const std::string& message);

 private:
  CLI::App app_;
  GlobalOptions options_;
  std::optional<bool> stdout_tty_;
  OutputPager pager_;
  render::Options render_options(render::Format format);
  // The width of the terminal on stdout: TIOCGWINSZ, else COLUMNS, else 80.
  static size_t terminal_width();
  bool stdout_is_terminal();
  bool use_color(bool tty) const;
  // Long output on a terminal goes through a pager (OutputPager), unless --no-pager or
  // [output] pager = false; a command's one-line result never does.
  void page_if_terminal();
  // Error{usage} when --section was given to a command that prints a single table.
  void refuse_section();

  std::string command_line_;
  std::unique_ptr<Context> context_;
  Needs needs_ = Needs::nothing;
  people::Permission permission_ = people::Permission::anyone;
  std::string doing_;
  std::vector<std::pair<std::string, people::Permission>> permissions_;
  bool stdout_closed_ = false;
  std::map<const CLI::Option*, Completion> completions_;
};

}  // namespace clerk::app
