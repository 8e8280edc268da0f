#include "clerk/admin/restore_ops.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <utility>

#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include "clerk/admin/schema_owner.hpp"
#include "clerk/core/error.hpp"
#include "clerk/core/json_text.hpp"
#include "clerk/db/maintenance.hpp"
#include "clerk/db/migrations.hpp"
#include "clerk/db/sqlite_connection.hpp"
#include "clerk/db/sqlite_error.hpp"
#include "clerk/db/table_copy.hpp"
#include "clerk/people/staff_ops.hpp"
#include "clerk/people/staff_store.hpp"

namespace clerk::admin {
namespace {

namespace fs = std::filesystem;

// 20261124T091502Z from 2026-11-24T09:15:02.123Z: a file-name-safe stamp.
std::string file_stamp(const std::string& ts_utc) {
  std::string out;
  for (char c : ts_utc.substr(0, 19))
    if (c != '-' && c != ':') out.push_back(c);
  return out + "Z";
}

// A private consistent copy of `backup` at `tmp` (VACUUM INTO reads one snapshot and leaves
// the backup file untouched: it is opened read-only).
void copy_backup(const fs::path& backup, const fs::path& tmp) {
  fs::remove(tmp);
  int fd = ::open(tmp.c_str(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
  if (fd < 0)
    throw Error(ErrorKind::cannot_create, "cannot create a file beside the database")
        .source(tmp.string());
  ::close(fd);
  try {
    SQLite::Database source(backup.string(), SQLite::OPEN_READONLY);
    SQLite::Statement vacuum(source, "VACUUM INTO ?");
    vacuum.bind(1, tmp.string());
    vacuum.exec();
  } catch (const SQLite::Exception& e) {
    fs::remove(tmp);
    int code = e.getErrorCode();
    if (code == SQLITE_NOTADB || code == SQLITE_CORRUPT)
      throw Error(ErrorKind::bad_data, "the backup is damaged or not a clerk database")
          .source(backup.string());
    throw db::translate(e, backup.string());
  }
}

// The restore's own entry, appended to the restored trail.
RestoreResult restored(Context& ctx, const fs::path& backup, RestoreResult result) {
  people::require_acting_staff(ctx, true);
  trail::write(ctx.write_context(), [&](trail::Writer& w) {
    w.event("restore", "database",
            "{\"from\":" + json::quoted(backup.string()) +
                ",\"replaced\":" + json::quoted(result.replaced.string()) + "}");
  });
  result.restored = true;
  return result;
}

void remove_candidate(const fs::path& tmp) {
  for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(tmp.string() + suffix);
}

// The backup's private copy at `tmp`, migrated and checked into `result`: its integrity and
// foreign-key problems and its trail's verification. Error{not_permitted} unless the acting
// member of staff is an active admin in it too. Removed on any error.
std::unique_ptr<SQLite::Database> check_candidate(Context& ctx, const fs::path& backup,
                                                  const fs::path& tmp, RestoreResult& result) {
  try {
    db::OpenOptions options;
    auto candidate = db::open(tmp, options);
    if (db::schema_version(*candidate) == 0)
      throw Error(ErrorKind::bad_data, "not a clerk database (no schema)").source(backup.string());
    db::migrate(*candidate);
    result.problems = db::integrity_problems(*candidate);
    result.report = trail::verify(*candidate);
    auto connection = db::sqlite_connection(*candidate);
    if (people::staff_count(*connection) > 0) {
      auto me = people::find_staff(*connection, ctx.user());
      if (!me || !me->active || me->role != people::Role::admin)
        throw Error(ErrorKind::not_permitted, "only an admin of the backup may restore it; '" +
                                                  ctx.user() + "' is not an active admin there")
            .field("user");
    }
    candidate->exec("PRAGMA wal_checkpoint(TRUNCATE)");
    return candidate;
  } catch (...) {
    remove_candidate(tmp);
    throw;
  }
}

// On a team database: the backup replaces every row, in one transaction, run by the owner of
// clerk's tables (only it may empty the trail); what it replaced is kept as a single-user file
// beside the backup, as a file's restore keeps the file it replaced.
RestoreResult restore_team(Context& ctx, const fs::path& backup) {
  if (!ctx.has_database()) ctx.open_database();
  people::require_acting_staff(ctx, true);
  people::require_admin(ctx, "restoring the database");
  require_schema_owner(ctx, "`clerk db restore` on a team database");
  if (!fs::is_regular_file(backup))
    throw Error(ErrorKind::missing, "no such backup file").source(backup.string());
  fs::path dir = backup.parent_path().empty() ? fs::path(".") : backup.parent_path();
  fs::path tmp = dir / ("." + backup.filename().string() + ".restoring");
  copy_backup(backup, tmp);
  RestoreResult result;
  auto candidate = check_candidate(ctx, backup, tmp, result);
  try {
    if (!result.problems.empty() || !result.report.ok()) {
      candidate.reset();
      remove_candidate(tmp);
      return result;
    }
    result.replaced = dir / (ctx.db().query_text("SELECT current_database()") + ".replaced-" +
                             file_stamp(ctx.clock().now_utc()) + ".db");
    db::copy_to_file(ctx.db(), result.replaced, false);
    auto from = db::sqlite_connection(*candidate);
    db::replace_team_rows(*from, ctx.db());
  } catch (const SQLite::Exception& e) {
    candidate.reset();
    remove_candidate(tmp);
    throw db::translate(e, backup.string());
  } catch (...) {
    candidate.reset();
    remove_candidate(tmp);
    throw;
  }
  candidate.reset();
  remove_candidate(tmp);
  return restored(ctx, backup, std::move(result));
}

}  // namespace

RestoreResult restore_database(Context& ctx, const fs::path& backup) {
  if (ctx.team_mode()) return restore_team(ctx, backup);
  if (!fs::is_regular_file(backup))
    throw Error(ErrorKind::missing, "no such backup file").source(backup.string());
  const fs::path live = ctx.options().db_path;
  const bool live_exists = fs::exists(live);
  if (live_exists) {
    try {
      if (!ctx.has_database()) ctx.open_database();
      people::require_acting_staff(ctx);
      people::require_admin(ctx, "restoring the database");
    } catch (const Error& e) {
      // A live database too damaged to open is what restores are for: then the backup's own
      // admin check below decides.
      if (e.kind() == ErrorKind::not_permitted || e.kind() == ErrorKind::busy) throw;
    }
  }
  if (fs::exists(live) && fs::equivalent(live, backup))
    throw Error(ErrorKind::usage, "that is the live database itself").source(backup.string());

  fs::path dir = live.parent_path().empty() ? fs::path(".") : live.parent_path();
  fs::path tmp = dir / ("." + live.filename().string() + ".restoring");
  copy_backup(backup, tmp);

  RestoreResult result;
  check_candidate(ctx, backup, tmp, result).reset();
  if (!result.problems.empty() || !result.report.ok()) {
    fs::remove(tmp);
    return result;
  }

  std::string now = ctx.clock().now_utc();
  if (live_exists) {
    try {
      ctx.close_database();
    } catch (const SQLite::Exception&) {
      // Its WAL moves with it below, so nothing committed is lost from the replaced copy.
    }
    // Never over an earlier replaced copy (two restores in one second).
    std::string base = live.string() + ".replaced-" + file_stamp(now);
    result.replaced = base;
    for (int n = 2; fs::exists(result.replaced); ++n)
      result.replaced = base + "-" + std::to_string(n);
    fs::rename(live, result.replaced);
    for (const char* suffix : {"-wal", "-shm"})
      if (fs::exists(live.string() + suffix))
        fs::rename(live.string() + suffix, result.replaced.string() + suffix);
  }
  fs::rename(tmp, live);

  ctx.open_database();
  return restored(ctx, backup, std::move(result));
}

}  // namespace clerk::admin
