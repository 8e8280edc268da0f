// clerk db: one add_db_<leaf> per command, and kDbLeaves, their table in help order.
#include <iostream>
#include <string>
#include <vector>

#include "clerk/admin/restore_ops.hpp"
#include "clerk/admin/team_grants.hpp"
#include "clerk/audit/verify_ops.hpp"
#include "clerk/core/error.hpp"
#include "clerk/db/maintenance.hpp"
#include "clerk/db/migrations.hpp"
#include "clerk/db/postgres_connection.hpp"
#include "clerk/db/postgres_schema.hpp"
#include "clerk/db/sqlite_connection.hpp"
#include "clerk/db/table_copy.hpp"
#include "clerk/trail/verify.hpp"
#include "commands.hpp"

namespace clerk::app {
namespace {

Run add_db_check(CLI::App& cmd, Cli& cli) {
  cmd.description("Integrity check, foreign-key check and audit verification (exit 1 on problems)");
  return [&cli] {
    // SQLite's own checks first, on their own connection: on a damaged file anything that
    // reads records (the user check, audit verify) would fail before they could report. A team
    // database's files are the server's to check.
    const bool team = cli.context().team_mode();
    std::vector<std::string> problems;
    if (!team) problems = db::integrity_problems(cli.context().options().db_path);
    for (const auto& p : problems) std::cerr << "clerk: " << p << '\n';
    if (!problems.empty())
      throw Error(ErrorKind::check_failed,
                  "the database check found " + std::to_string(problems.size()) +
                      " problem(s); the file is damaged: restore the latest good backup "
                      "(`clerk db restore`)");
    auto& ctx = cli.open();
    auto report = trail::verify(ctx.db());
    if (!report.ok()) cli.emit(audit::findings_table(report));
    for (const auto& line : audit::summary_lines(report)) cli.note(line);
    if (!problems.empty() || !report.ok())
      throw Error(ErrorKind::check_failed,
                  "the database check found " +
                      std::to_string(problems.size() + size_t(report.finding_count)) +
                      " problem(s)");
    if (!team) cli.note("integrity: ok; foreign keys: ok");
  };
}

struct DbBackupOptions {
  std::string file;
  bool force = false;
};

Run add_db_backup(CLI::App& cmd, Cli& cli) {
  cmd.description(
      "Write a consistent copy of the database (safe while others write); a team database is "
      "copied into a single-user file that verifies offline");
  auto o = std::make_shared<DbBackupOptions>();
  cmd.add_option("FILE", o->file, "Where to write the copy (or use -o FILE)");
  cmd.add_flag("--force", o->force, "Replace FILE if it exists");
  return [&cli, o] {
    std::string target = o->file.empty() ? cli.options().output : o->file;
    if (target.empty() || target == "-")
      throw Error(ErrorKind::usage, "say where to write the backup: clerk db backup FILE")
          .field("FILE");
    auto& ctx = cli.open();
    // A team database is copied into a file of clerk's own schema, which verifies offline.
    if (ctx.team_mode())
      db::copy_to_file(ctx.db(), target, o->force);
    else
      db::backup(db::sqlite(ctx.db()), target, o->force);
    cli.note("backed up to " + target);
  };
}

struct DbRestoreOptions {
  std::string file;
};

// The live database is opened (and the acting admin checked) by admin::restore_database.
Run add_db_restore(CLI::App& cmd, Cli& cli) {
  cmd.description(
      "Replace the database with a backup once it passes the integrity check and audit verify "
      "(admins); the replaced file is kept beside it. On a team database the backup's rows "
      "replace every row in one transaction, run by the owner of clerk's tables, and what they "
      "replaced is kept as a file beside the backup");
  auto o = std::make_shared<DbRestoreOptions>();
  cmd.add_option("FILE", o->file, "The backup to restore")->required();
  return [&cli, o] {
    auto result = admin::restore_database(cli.context(), o->file);
    if (!result.restored) {
      for (const auto& p : result.problems) std::cerr << "clerk: " << p << '\n';
      if (!result.report.ok()) cli.emit(audit::findings_table(result.report));
      for (const auto& line : audit::summary_lines(result.report)) cli.note(line);
      throw Error(ErrorKind::bad_data,
                  "the backup failed its checks (" +
                      std::to_string(result.problems.size() + size_t(result.report.finding_count)) +
                      " problem(s)); the live database was not touched")
          .source(o->file);
    }
    cli.note("restored from " + o->file +
             (result.replaced.empty() ? std::string()
                                      : "; the replaced database is " + result.replaced.string()));
  };
}

Run add_db_migrate(CLI::App& cmd, Cli& cli) {
  cmd.description("Bring the database schema up to this version of clerk");
  return [&cli] {
    auto& ctx = cli.context();
    ctx.open_database(db::OpenMode::existing);
    int version = ctx.team_mode() ? db::postgres_schema_version(ctx.db())
                                  : db::schema_version(db::sqlite(ctx.db()));
    cli.note("schema version " + std::to_string(version) + " (current)");
  };
}

struct DbCopyOptions {
  std::string to;
};

Run add_db_copy(CLI::App& cmd, Cli& cli) {
  cmd.description(
      "Move an office between backends: a single-user file into an empty team database "
      "(--to postgresql://…), or a team database into a new file (--to FILE); every table and "
      "the whole trail, so audit verify reports the same head");
  auto o = std::make_shared<DbCopyOptions>();
  cmd.add_option("--to", o->to, "The empty team database's URL, or the file to write")->required();
  return [&cli, o] {
    auto& ctx = cli.open();
    const bool to_team = db::is_postgres_url(o->to);
    if (to_team == ctx.team_mode())
      throw Error(ErrorKind::usage,
                  to_team ? "this is a team database already: copy it --to a file"
                          : "this is a single-user file: copy it --to a team database "
                            "(postgresql://…), or use `clerk db backup FILE` for another file")
          .field("to");
    if (to_team)
      db::copy_to_team(ctx.db(), o->to);
    else
      db::copy_to_file(ctx.db(), o->to, false);
    cli.note("copied to " + o->to);
  };
}

struct DbGrantsOptions {
  bool apply = false;
};

Run add_db_grants(CLI::App& cmd, Cli& cli) {
  cmd.description(
      "Print (or --apply, as the tables' owner) the SQL by which PostgreSQL enforces clerk's "
      "roles: group roles, table privileges, an append-only trail, row-level security, and "
      "each member of staff's membership. The owner need not be on the staff: it may run "
      "the commands that need the admin role, as after `db copy --to`");
  auto o = std::make_shared<DbGrantsOptions>();
  cmd.add_flag("--apply", o->apply,
               "Run it on this team database, in one transaction with its audit entry");
  return [&cli, o] {
    auto& ctx = cli.open();
    if (!o->apply) {
      std::string sql = admin::grants_sql(ctx);
      if (!sql.empty() && sql.back() == '\n') sql.pop_back();
      cli.emit_value(sql);
      return;
    }
    admin::apply_grants(ctx);
    cli.note("grants applied");
  };
}

constexpr Leaf kDbLeaves[] = {
    {"check", add_db_check, Needs::database, people::Permission::oversight},
    {"backup", add_db_backup, Needs::database, people::Permission::administer},
    {"restore", add_db_restore, Needs::database, people::Permission::administer},
    {"migrate", add_db_migrate, Needs::database, people::Permission::anyone},
    {"copy", add_db_copy, Needs::database, people::Permission::administer},
    {"grants", add_db_grants, Needs::database, people::Permission::administer},
};

}  // namespace

void add_db_commands(Cli& cli) {
  auto* group = cli.command(cli.root(), "db",
                            "Database housekeeping: check, backup, restore, migrate, copy, grants");
  group->require_subcommand(1);
  add_leaves(cli, *group, kDbLeaves);
}

}  // namespace clerk::app
