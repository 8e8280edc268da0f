// The state one command runs with: config, clock, acting user, and (when needed) the database.
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <string>

#include "clerk/config/config.hpp"
#include "clerk/core/calendar.hpp"
#include "clerk/core/clock.hpp"
#include "clerk/db/connection.hpp"
#include "clerk/db/database.hpp"
#include "clerk/trail/write.hpp"

namespace clerk {

// Resolved by the app from options, environment and XDG defaults; the library reads neither.
struct SessionOptions {
  std::filesystem::path db_path;
  std::filesystem::path config_path;
  bool config_explicit = false;  // given by --config/CLERK_CONFIG: then it must exist
  std::string user;              // the acting staff member's login
  bool user_explicit = false;    // given by --user/CLERK_USER: refused on a team database
  std::optional<Date> today;     // fixed "today" (--today/CLERK_TODAY)
  std::string command_line;      // recorded on audit entries
  // Where warnings for people go (the app prints them on stderr); none when unset.
  std::function<void(const std::string&)> warn;
};

class Context {
 public:
  // Loads the config (Error{config} when invalid) and sets the clock; opens no database.
  explicit Context(SessionOptions options);
  ~Context();
  Context(const Context&) = delete;
  Context& operator=(const Context&) = delete;

  // Opens the database and brings its schema up to date. Who may use it is people's to say
  // (people::require_acting_staff), checked by the caller.
  void open_database(db::OpenMode mode = db::OpenMode::existing);
  // The database is a PostgreSQL server's (team mode: --db postgresql://...), not a file.
  bool team_mode() const;
  bool has_database() const { return db_ != nullptr; }
  // Closes the database (its WAL checkpointed into the file first), e.g. to replace the file.
  void close_database();

  db::Connection& db();
  const config::Config& config() const { return config_; }
  const Clock& clock() const { return clock_; }
  Date today() const { return clock_.today(); }
  const std::string& user() const { return options_.user; }
  // Acts as `login` from now on: on a team database, the member of staff the server's login
  // maps to (people::require_acting_staff).
  void act_as(std::string login) { options_.user = std::move(login); }
  const SessionOptions& options() const { return options_; }
  trail::WriteContext write_context();

  // Shipped holidays, replaced by imported years in the database, plus the config's extras.
  const HolidayCalendar& calendar();
  // Working days for the configured nation.
  WorkingDays working_days();
  // A date as people type it (see date_input.hpp), resolved against today.
  Date parse_date(std::string_view text, std::string_view field);
  // The same for a field that can only be in the past: a bare weekday is the latest such day.
  Date parse_past_date(std::string_view text, std::string_view field);

  // A warning for the person running the command, given once however often it is raised.
  void warn_once(const std::string& message);

 private:
  SessionOptions options_;
  config::Config config_;
  Clock clock_;
  std::unique_ptr<SQLite::Database> sqlite_;
  std::unique_ptr<db::Connection> db_;
  std::unique_ptr<HolidayCalendar> calendar_;
  std::set<std::string> warned_;
};

}  // namespace clerk
