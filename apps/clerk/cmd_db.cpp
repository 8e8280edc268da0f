// clerk db check|backup|migrate|restore
#include <iostream>

#include "clerk/admin/restore_ops.hpp"
#include "clerk/audit/verify_ops.hpp"
#include "clerk/core/error.hpp"
#include "clerk/db/maintenance.hpp"
#include "clerk/db/migrations.hpp"
#include "clerk/trail/verify.hpp"
#include "commands.hpp"

namespace clerk::app {

void add_db_commands(Cli& cli) {
  auto* group =
      cli.command(cli.root(), "db", "Database housekeeping: check, backup, restore, migrate");
  group->require_subcommand(1);

  cli.command(*group, "check",
              "Integrity check, foreign-key check and audit verification (exit 1 on problems)")
      ->callback([&cli] {
        // SQLite's own checks first, on their own connection: on a damaged file anything that
        // reads records (the user check, audit verify) would fail before they could report.
        auto problems = db::integrity_problems(cli.context().options().db_path);
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
        cli.note("integrity: ok; foreign keys: ok");
      });

  struct BackupOptions {
    std::string file;
    bool force = false;
  };
  auto backup = std::make_shared<BackupOptions>();
  auto* backup_cmd = cli.command(
      *group, "backup", "Write a consistent copy of the database (safe while others write)");
  backup_cmd->add_option("FILE", backup->file, "Where to write the copy (or use -o FILE)");
  backup_cmd->add_flag("--force", backup->force, "Replace FILE if it exists");
  backup_cmd->callback([&cli, backup] {
    std::string target = backup->file.empty() ? cli.options().output : backup->file;
    if (target.empty() || target == "-")
      throw Error(ErrorKind::usage, "say where to write the backup: clerk db backup FILE")
          .field("FILE");
    auto& ctx = cli.open();
    db::backup(ctx.db(), target, backup->force);
    cli.note("backed up to " + target);
  });

  auto restore_file = std::make_shared<std::string>();
  auto* restore_cmd = cli.command(
      *group, "restore",
      "Replace the database with a backup once it passes the integrity check and audit verify "
      "(admins); the replaced file is kept beside it");
  restore_cmd->add_option("FILE", *restore_file, "The backup to restore")->required();
  restore_cmd->callback([&cli, restore_file] {
    auto result = admin::restore_database(cli.context(), *restore_file);
    if (!result.restored) {
      for (const auto& p : result.problems) std::cerr << "clerk: " << p << '\n';
      if (!result.report.ok()) cli.emit(audit::findings_table(result.report));
      for (const auto& line : audit::summary_lines(result.report)) cli.note(line);
      throw Error(ErrorKind::bad_data,
                  "the backup failed its checks (" +
                      std::to_string(result.problems.size() + size_t(result.report.finding_count)) +
                      " problem(s)); the live database was not touched")
          .source(*restore_file);
    }
    cli.note("restored from " + *restore_file +
             (result.replaced.empty() ? std::string()
                                      : "; the replaced database is " + result.replaced.string()));
  });

  cli.command(*group, "migrate", "Bring the database schema up to this version of clerk")
      ->callback([&cli] {
        auto& ctx = cli.context();
        ctx.open_database(db::OpenMode::existing);
        cli.note("schema version " + std::to_string(db::schema_version(ctx.db())) + " (current)");
      });
}

}  // namespace clerk::app
