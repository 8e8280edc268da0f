#include "clerk/db/maintenance.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <SQLiteCpp/Statement.h>

#include <sqlite3.h>

#include "clerk/core/error.hpp"
#include "clerk/db/database.hpp"
#include "clerk/db/sqlite_error.hpp"

namespace clerk::db {

namespace fs = std::filesystem;

namespace {

bool damage(const SQLite::Exception& e) {
  int code = e.getErrorCode() & 0xFF;
  return code == SQLITE_CORRUPT || code == SQLITE_NOTADB;
}

}  // namespace

std::vector<std::string> integrity_problems(SQLite::Database& db) {
  std::vector<std::string> out;
  try {
    SQLite::Statement integrity(db, "PRAGMA integrity_check");
    while (integrity.executeStep()) {
      std::string line = integrity.getColumn(0).getString();
      if (line != "ok") out.push_back("integrity: " + line);
    }
  } catch (const SQLite::Exception& e) {
    if (!damage(e)) throw;
    out.push_back(std::string("integrity: ") + e.what());
    return out;
  }
  try {
    SQLite::Statement fk(db, "PRAGMA foreign_key_check");
    while (fk.executeStep())
      out.push_back("foreign key: " + fk.getColumn(0).getString() + " row " +
                    fk.getColumn(1).getString() + " refers to a missing " +
                    fk.getColumn(2).getString());
  } catch (const SQLite::Exception& e) {
    if (!damage(e)) throw;
    out.push_back(std::string("foreign key: ") + e.what());
  }
  return out;
}

std::vector<std::string> integrity_problems(const fs::path& path) {
  auto db = open(path, {});
  try {
    return integrity_problems(*db);
  } catch (const SQLite::Exception& e) {
    throw translate(e, path.string());
  }
}

fs::path partial_path(const fs::path& target, bool overwrite) {
  if (fs::exists(target) && !overwrite)
    throw Error(ErrorKind::cannot_create,
                "the backup file already exists (use --force to replace it)")
        .source(target.string());
  fs::path dir = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  if (!fs::is_directory(dir))
    throw Error(ErrorKind::cannot_create, "no such directory").source(dir.string());
  fs::path tmp = dir / ("." + target.filename().string() + ".partial");
  for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(tmp.string() + suffix);
  return tmp;
}

void move_into_place(const fs::path& partial, const fs::path& target) {
  std::error_code ec;
  fs::rename(partial, target, ec);
  if (ec) {
    fs::remove(partial);
    throw Error(ErrorKind::cannot_create, "cannot move the backup into place: " + ec.message())
        .source(target.string());
  }
}

void backup(SQLite::Database& db, const fs::path& target, bool overwrite) {
  fs::path tmp = partial_path(target, overwrite);
  // Create it 0600 first: VACUUM INTO would make it 0644.
  int fd = ::open(tmp.c_str(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
  if (fd < 0)
    throw Error(ErrorKind::cannot_create, "cannot create the backup file").source(target.string());
  ::close(fd);
  try {
    SQLite::Statement vacuum(db, "VACUUM INTO ?");
    vacuum.bind(1, tmp.string());
    vacuum.exec();
  } catch (const SQLite::Exception& e) {
    fs::remove(tmp);
    throw translate(e, target.string());
  }
  move_into_place(tmp, target);
}

}  // namespace clerk::db
