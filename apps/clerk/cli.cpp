#include "cli.hpp"

#include <pwd.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <iostream>

#include "clerk/config/config.hpp"
#include "clerk/core/atomic_file.hpp"
#include "clerk/core/date_text.hpp"
#include "clerk/core/error.hpp"
#include "clerk/core/text.hpp"
#include "clerk/core/word_enum.hpp"
#include "clerk/db/postgres_connection.hpp"
#include "clerk/people/staff_ops.hpp"
#include "clerk/render/document_file.hpp"
#include "clerk/render/section_files.hpp"
#include "std_streams.hpp"

namespace clerk::app {
namespace {

std::string env(const char* name) {
  const char* v = std::getenv(name);
  return v ? std::string(v) : std::string();
}

// Shell-quotes an argument for the command line recorded in the audit trail.
std::string quote_arg(const std::string& arg) {
  if (!arg.empty() && arg.find_first_of(" \t\n'\"\\$`;&|<>*?()[]{}") == std::string::npos)
    return arg;
  std::string out = "'";
  for (char c : arg) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

// XDG base directory: $XDG_x_HOME, else $HOME/<fallback>; empty when neither is set.
std::filesystem::path xdg_dir(const char* var, const char* fallback) {
  std::string dir = env(var);
  if (!dir.empty() && dir.front() == '/') return dir;
  std::string home = env("HOME");
  if (home.empty()) return {};
  return std::filesystem::path(home) / fallback;
}

std::string login_name() {
  if (const passwd* pw = getpwuid(geteuid()); pw && pw->pw_name) return pw->pw_name;
  return env("LOGNAME");
}

}  // namespace

Cli::Cli(int argc, char** argv)
    : app_("clerk: casework, expenses, diary, reports and audit for a small UK public office",
           "clerk") {
  stdout_closed_ = fill_closed_standard_streams();
  for (int i = 1; i < argc; ++i) command_line_ += (i > 1 ? " " : "") + quote_arg(argv[i]);
  command_line_ = "clerk" + (command_line_.empty() ? std::string() : " " + command_line_);
  // Global options may come after the subcommand: `clerk contact list --format csv`.
  app_.fallthrough();
  app_.require_subcommand(1);
  app_.set_help_all_flag("--help-all", "Show help for every command");
  // Usage errors come first: `case list --format xml` is 64 even with the config missing.
  app_.parse_complete_callback([this] { check_choices(); });
}

bool given(CLI::App* cmd, const char* name) {
  const CLI::Option* opt = cmd->get_option_no_throw(name);
  return opt != nullptr && opt->count() > 0;
}

std::optional<std::string> given(CLI::App* cmd, const char* name, const std::string& value) {
  if (!given(cmd, name)) return std::nullopt;
  return value;
}

CLI::App* Cli::command(CLI::App& parent, const std::string& name, const std::string& help) {
  CLI::App* sub = parent.add_subcommand(name, help);
  return sub;
}

void Cli::complete(CLI::Option* option, Completion completion) {
  completions_[option] = std::move(completion);
}

void Cli::check_choices() {
  for (CLI::App* app = &app_; app != nullptr;) {
    for (const CLI::Option* opt : app->get_options()) {
      auto it = completions_.find(opt);
      if (it == completions_.end() || opt->count() == 0) continue;
      const Completion& c = it->second;
      if (!c.closed || c.words.empty()) continue;
      // Read as the library reads words (core/word_enum): trimmed, in any case.
      auto matches = [](const std::vector<std::string>& words, const std::string& v) {
        return std::any_of(words.begin(), words.end(),
                           [&](const std::string& w) { return word_matches(v, w); });
      };
      auto known = [&](const std::string& v) {
        return matches(c.words, v) || matches(c.aliases, v);
      };
      for (const std::string& value : opt->results()) {
        if (known(value)) continue;
        // A list "a,b" passes when each part is a choice: the command itself decides whether it
        // takes lists.
        auto parts = text::split(value, ',');
        if (parts.size() > 1 &&
            std::all_of(parts.begin(), parts.end(), [&](const auto& p) { return known(p); }))
          continue;
        std::string name = opt->get_name();
        name.erase(0, name.find_first_not_of('-'));
        throw not_one_of(value, name, c.words, ErrorKind::usage);
      }
    }
    auto chosen = app->get_subcommands();
    app = chosen.empty() ? nullptr : chosen.front();
  }
}

SessionOptions Cli::session_options() {
  SessionOptions s;
  auto conf = xdg_dir("XDG_CONFIG_HOME", ".config");
  if (!options_.config.empty()) {
    s.config_path = options_.config;
    s.config_explicit = true;
  } else if (!conf.empty()) {
    s.config_path = conf / "clerk" / "config.toml";
  }
  if (!options_.db.empty()) {
    s.db_path = options_.db;
  } else if (std::string url = config::database_url(s.config_path); !url.empty()) {
    s.db_path = url;  // [database] url: the office's team database
  } else {
    auto data = xdg_dir("XDG_DATA_HOME", ".local/share");
    if (data.empty())
      throw Error(
          ErrorKind::config,
          "no place for the database: give --db or CLERK_DB (HOME and XDG_DATA_HOME are unset)")
          .field("db");
    s.db_path = data / "clerk" / "clerk.db";
  }
  if (s.config_path.empty()) {
    // With no HOME, the config lives beside the database (cron runs often have no HOME); a team
    // database is on a server, with nothing beside it.
    if (db::is_postgres_url(s.db_path.string()))
      throw Error(ErrorKind::config,
                  "no place for the config: give --config or CLERK_CONFIG (HOME and "
                  "XDG_CONFIG_HOME are unset)")
          .field("config");
    s.config_path = s.db_path.parent_path() / "config.toml";
  }
  s.user = options_.user.empty() ? login_name() : options_.user;
  s.user_explicit = !options_.user.empty();
  if (!options_.today.empty()) s.today = parse_calendar_date(options_.today, "today");
  s.command_line = command_line_;
  s.warn = [this](const std::string& message) { note("warning: " + message); };
  return s;
}

Context& Cli::context(bool config_may_be_missing) {
  if (needs_ == Needs::nothing)
    throw Error(ErrorKind::internal,
                "this command loads the config, but its table entry says "
                "it needs nothing");
  if (!context_) {
    // Refused before any work: a write that committed and then could not print its result
    // would report a failure for a change that was in fact made.
    if (stdout_closed_ && (options_.output.empty() || options_.output == "-"))
      throw Error(ErrorKind::io,
                  "standard output is closed; nothing was done (redirect it, e.g. to /dev/null, "
                  "or give -o FILE)");
    // -o into a missing directory is refused before any work too (a letter is recorded as sent
    // once written, a payment run once made), naming the directory.
    if (!options_.output.empty() && options_.output != "-")
      require_parent_directory(options_.output);
    SessionOptions s = session_options();
    if (config_may_be_missing) s.config_explicit = false;
    context_ = std::make_unique<Context>(std::move(s));
  }
  return *context_;
}

Context& Cli::open() {
  if (needs_ != Needs::database)
    throw Error(ErrorKind::internal,
                "this command opens the database, but its table entry "
                "says it needs none");
  Context& ctx = context();
  if (!ctx.has_database()) {
    ctx.open_database();
    people::require_acting_staff(ctx, permission_ == people::Permission::administer);
    people::require_permission(ctx, permission_, doing_);
  }
  return ctx;
}

render::Format Cli::format() {
  if (!options_.format.empty()) {
    if (auto f = find_word<render::Format>(options_.format)) return *f;
    throw not_one_of(options_.format, "format", words<render::Format>(), ErrorKind::usage);
  }
  const auto& out = context().config().output;
  bool tty = options_.output.empty() && stdout_is_terminal();
  return *find_word<render::Format>(tty ? out.tty_format : out.pipe_format);
}

render::Format Cli::document_format() {
  const bool tty = options_.output.empty() && stdout_is_terminal();
  // Issue 14: a document (a letter, a briefing, a report) is for reading, and the pipe default
  // (tsv) holds tables only, so a letter piped to lpr printed nothing. Off a terminal, with no
  // --format, it is print-ready text.
  if (!options_.format.empty() || tty) return format();
  return render::Format::text;
}

render::Options Cli::render_options() { return render_options(format()); }

render::Options Cli::file_render_options(render::Format format) {
  const config::Output& output = context().config().output;
  render::Options o;
  o.bom = output.csv_bom;
  o.page_lines = static_cast<size_t>(output.page_lines);
  o.width = format == render::Format::table ? 0 : static_cast<size_t>(output.text_width);
  return o;
}

render::Options Cli::render_options(render::Format format) {
  render::Options o = file_render_options(format);
  bool tty = options_.output.empty() && stdout_is_terminal();
  o.color = use_color(tty);
  o.bom = o.bom || options_.bom;
  // A terminal table fits the terminal; piped or redirected tables run to their full width.
  if (format == render::Format::table && tty) o.width = terminal_width();
  return o;
}

bool Cli::stdout_is_terminal() {
  // Asked once: once a pager has stdout, it is a pipe.
  if (!stdout_tty_) stdout_tty_ = isatty(STDOUT_FILENO) == 1;
  return *stdout_tty_;
}

bool Cli::use_color(bool tty) const {
  // An explicit --color wins; then NO_COLOR (no-color.org), then CLICOLOR_FORCE (for less -R),
  // then whether this is a terminal that can show it.
  if (options_.no_color || options_.color == "never") return false;
  if (options_.color == "always") return true;
  if (!env("NO_COLOR").empty()) return false;
  const std::string force = env("CLICOLOR_FORCE");
  if (!force.empty() && force != "0") return true;
  return tty && env("TERM") != "dumb";
}

void Cli::page_if_terminal() {
  if (pager_.running() || options_.no_pager || !context().config().output.pager) return;
  const bool to_stdout = options_.output.empty() || options_.output == "-";
  if (to_stdout && stdout_is_terminal()) pager_.start(OutputPager::command());
}

size_t Cli::terminal_width() {
  // The terminal's own idea first (bash does not export COLUMNS), then COLUMNS, then 80.
  winsize size{};
  if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0) return size.ws_col;
  const std::string cols = env("COLUMNS");
  const int n = std::atoi(cols.c_str());
  return n > 0 ? size_t(n) : 80;
}

FileOptions Cli::file_options() { return FileOptions{context().config().output.file_mode, false}; }

void Cli::write_output(const std::function<void(std::ostream&)>& fill) {
  if (!options_.output.empty() && options_.output != "-") {
    write_atomically(options_.output, fill, file_options());
    return;
  }
  fill(std::cout);
  std::cout.flush();
  if (!std::cout) throw Error(ErrorKind::io, "cannot write to standard output");
}

void Cli::refuse_section() {
  if (!options_.section.empty())
    throw Error(ErrorKind::usage,
                "this command prints one table; --section picks a table of a report, a case or "
                "a briefing")
        .field("section");
}

void Cli::emit(const render::Table& table) {
  refuse_section();
  auto f = format();
  auto o = render_options();
  page_if_terminal();
  write_output([&](std::ostream& out) { render::write(table, f, out, o); });
}

void Cli::emit(const render::Document& document) {
  auto f = document_format();
  auto o = render_options(f);
  render::Document selected;
  if (!options_.section.empty()) selected = render::only_section(document, options_.section);
  const render::Document& doc = options_.section.empty() ? document : selected;
  const bool to_file = !options_.output.empty() && options_.output != "-";
  // CSV and TSV of several tables go one file per section into a directory (-o DIR/).
  if (to_file && render::holds_one_table(f) && render::names_directory(options_.output)) {
    render::write_document(doc, f, options_.output, o, file_options());
    return;
  }
  render::check_fits_one_stream(doc, f);
  page_if_terminal();
  write_output([&](std::ostream& out) { render::write(doc, f, out, o); });
}

void Cli::emit_record(const std::vector<render::Column>& columns,
                      const std::vector<render::Cell>& values) {
  refuse_section();
  auto f = format();
  auto o = render_options();
  page_if_terminal();
  write_output([&](std::ostream& out) { render::write_record(columns, values, f, out, o); });
}

void Cli::emit_rows(
    const std::vector<render::Column>& columns,
    const std::function<void(const std::function<void(const std::vector<render::Cell>&)>&)>&
        produce) {
  refuse_section();
  auto f = format();
  auto o = render_options();
  page_if_terminal();
  write_output([&](std::ostream& out) {
    auto writer = render::make_writer(f, columns, out, o);
    produce([&](const std::vector<render::Cell>& row) { writer->row(row); });
    writer->finish();
  });
}

void Cli::emit_value(const std::string& value) {
  write_output([&](std::ostream& out) { out << value << '\n'; });
}

void Cli::note(const std::string& message) {
  if (!options_.quiet) std::cerr << message << '\n';
}

}  // namespace clerk::app
