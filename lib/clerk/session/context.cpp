#include "clerk/session/context.hpp"

#include "clerk/calendar/holiday_store.hpp"
#include "clerk/core/date_input.hpp"
#include "clerk/core/error.hpp"
#include "clerk/db/migrations.hpp"
#include "clerk/db/postgres_connection.hpp"
#include "clerk/db/postgres_schema.hpp"
#include "clerk/db/sqlite_connection.hpp"
#include "clerk/db/sqlite_error.hpp"

namespace clerk {

Context::Context(SessionOptions options)
    : options_(std::move(options)),
      config_(config::load(options_.config_path, options_.config_explicit)),
      clock_(options_.today) {}

Context::~Context() = default;

bool Context::team_mode() const { return db::is_postgres_url(options_.db_path.string()); }

void Context::open_database(db::OpenMode mode) {
  if (team_mode()) {
    if (options_.user_explicit)
      throw Error(ErrorKind::not_permitted,
                  "--user and CLERK_USER name the acting member of staff only on a single-user "
                  "database; on a team database you act as the PostgreSQL role you log in as "
                  "(give another role in the URL or PGUSER, with its password in ~/.pgpass)")
          .field("user");
    db_ = db::connect_postgres(options_.db_path.string());
    // How long a writer waits for another before Error{busy}, as on SQLite.
    db_->exec("SET lock_timeout = " + std::to_string(config_.database.busy_timeout_ms));
    // Only `clerk init` makes the schema on an empty database, as only it makes a file.
    if (mode == db::OpenMode::existing && db::postgres_schema_version(*db_) == 0)
      throw Error(ErrorKind::missing,
                  "the team database has no clerk schema; create it with `clerk init`")
          .source(db_->where());
    if (db::migrate_postgres(*db_))
      warn_once("the team database's schema is now " +
                std::to_string(db::latest_postgres_schema_version()) +
                ": run `clerk db grants --apply` (as its owner) so that every role may use what "
                "is new");
    return;
  }
  db::OpenOptions open_options;
  open_options.mode = mode;
  open_options.busy_timeout_ms = config_.database.busy_timeout_ms;
  sqlite_ = db::open(options_.db_path, open_options);
  try {
    // db::open refuses an existing file that is not a clerk database (no schema).
    if (db::schema_version(*sqlite_) != db::latest_schema_version()) db::migrate(*sqlite_);
  } catch (const SQLite::Exception& e) {
    throw db::translate(e, options_.db_path.string());
  }
  db_ = db::sqlite_connection(*sqlite_);
}

void Context::close_database() {
  db_.reset();
  calendar_.reset();
  if (!sqlite_) return;
  // Closed even when the checkpoint throws (a damaged file): the WAL then stays beside it.
  auto db = std::move(sqlite_);
  db->exec("PRAGMA wal_checkpoint(TRUNCATE)");
}

db::Connection& Context::db() {
  if (!db_) throw Error(ErrorKind::internal, "no database open");
  return *db_;
}

trail::WriteContext Context::write_context() {
  return trail::WriteContext{db(), options_.user, options_.command_line, clock_};
}

const HolidayCalendar& Context::calendar() {
  if (!calendar_) {
    calendar_ = std::make_unique<HolidayCalendar>(HolidayCalendar::shipped());
    if (db_) calendar_->replace_years(calendar::load_imported_holidays(*db_));
    for (const auto& h : config_.holidays.extra) calendar_->add_closure(h);
  }
  return *calendar_;
}

WorkingDays Context::working_days() { return WorkingDays(calendar(), config_.holidays.nation); }

Date Context::parse_date(std::string_view text, std::string_view field) {
  return parse_date_input(text, field, today(), working_days());
}

Date Context::parse_past_date(std::string_view text, std::string_view field) {
  return parse_date_input(text, field, today(), working_days(), WeekdayMeans::last);
}

void Context::warn_once(const std::string& message) {
  if (options_.warn && warned_.insert(message).second) options_.warn(message);
}

}  // namespace clerk
