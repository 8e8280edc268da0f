#include "clerk/db/database.hpp"

#include <sqlite3.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include <SQLiteCpp/Statement.h>

#include "clerk/core/error.hpp"
#include "clerk/db/sqlite_error.hpp"

namespace clerk::db {
namespace {

namespace fs = std::filesystem;

// Magic numbers from statfs(2): filesystems whose locking SQLite cannot trust.
constexpr long kNfsMagic = 0x6969;
constexpr long kSmbMagic = 0x517B;
constexpr long kCifsMagic = 0xFF534D42;
constexpr long kSmb2Magic = 0xFE534D42;

void refuse_network_filesystem(const fs::path& dir) {
  struct statfs info {};
  if (statfs(dir.c_str(), &info) != 0) return;
  long type = static_cast<long>(info.f_type);
  if (type == kNfsMagic || type == kSmbMagic || type == kCifsMagic || type == kSmb2Magic)
    throw Error(ErrorKind::cannot_create,
                "the database is on a network filesystem (NFS/SMB), where SQLite's locking is "
                "unreliable and concurrent use corrupts data; keep it on a local disk")
        .source(dir.string());
}

// The message for a database clerk may not write; SQLITE_READONLY says the same (sqlite_error).
constexpr const char* kReadOnly =
    "the database is read-only (clerk needs write access to the file and its directory, even to "
    "read)";

bool permission_errno(int err) { return err == EACCES || err == EPERM || err == EROFS; }

// A file that is not a clerk database is refused before SQLite touches it: SQLite would make an
// empty file into a database (and set WAL in any SQLite file's header) on opening it. Only
// `clerk init` creates. A directory is no database at all: missing. Write access to the file and
// its directory (a read-only file, directory or mount) is checked first: Error{not_permitted}.
void check_existing_file(const fs::path& path, const fs::path& dir) {
  std::error_code ec;
  if (fs::is_directory(path, ec))
    throw Error(ErrorKind::missing,
                "a directory, not a database file; name the file itself with --db or CLERK_DB")
        .source(path.string());
  for (const fs::path& p : {path, dir})
    if (::access(p.c_str(), p == dir ? W_OK : R_OK | W_OK) != 0 && permission_errno(errno))
      throw Error(ErrorKind::not_permitted, std::string(kReadOnly) + ": " + std::strerror(errno))
          .source(p.string());
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    throw Error(permission_errno(errno) ? ErrorKind::not_permitted : ErrorKind::io,
                std::string("cannot read the database: ") + std::strerror(errno))
        .source(path.string());
  // Every SQLite database starts with this 16-byte string (sqlite.org/fileformat.html 1.3.1).
  static constexpr char kMagic[] = "SQLite format 3";
  char header[sizeof kMagic] = {};
  ssize_t got = ::read(fd, header, sizeof header);
  ::close(fd);
  if (got == 0)
    throw Error(ErrorKind::bad_data,
                "not a clerk database (the file is empty); it was left as it is: `clerk init` "
                "makes a database")
        .source(path.string());
  if (got != ssize_t(sizeof header) || std::memcmp(header, kMagic, sizeof header) != 0)
    throw Error(ErrorKind::bad_data,
                "not a clerk database (not an SQLite file); it was left as it is")
        .source(path.string());
}

// SQLite would create the file 0644 and its -wal/-shm files copy that mode, so the file is
// made 0600 here first (UK GDPR: personal data readable by its owner only).
void create_private_file(const fs::path& path) {
  fs::path parent = path.parent_path();
  if (!parent.empty() && !fs::exists(parent)) {
    std::error_code ec;
    fs::create_directories(parent, ec);
    if (ec)
      throw Error(ErrorKind::cannot_create, "cannot create directory: " + ec.message())
          .source(parent.string());
    fs::permissions(parent, fs::perms::owner_all, ec);
  }
  int fd = ::open(path.c_str(), O_CREAT | O_WRONLY | O_CLOEXEC, 0600);
  if (fd < 0)
    throw Error(permission_errno(errno) ? ErrorKind::not_permitted : ErrorKind::cannot_create,
                std::string("cannot create the database: ") + std::strerror(errno))
        .source(path.string());
  ::close(fd);
}

// SQLite's memory statistics take a process-wide mutex at every allocation: a few percent of a
// bulk import, for figures clerk never reads. Must be set before SQLite initialises; if it
// already has (a caller opened a connection another way), the statistics simply stay on.
void configure_sqlite_once() {
  static const bool configured = [] {
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    return true;
  }();
  (void)configured;
}

// The SQLite connection itself, to a file already checked (or made) by open().
std::unique_ptr<SQLite::Database> connect(const fs::path& path, const OpenOptions& options) {
  configure_sqlite_once();
  try {
    // NOMUTEX: a connection is used by one thread only, so SQLite need not lock it at every
    // call (millions of column reads in a verify or an export).
    auto db = std::make_unique<SQLite::Database>(path.string(),
                                                 SQLite::OPEN_READWRITE | SQLite::OPEN_NOMUTEX);
    db->setBusyTimeout(options.busy_timeout_ms);
    // An SQLite file without clerk's schema is not a clerk database either; asked before WAL
    // is set, which would rewrite its header.
    if (options.mode == OpenMode::existing && db->execAndGet("PRAGMA user_version").getInt() == 0)
      throw Error(ErrorKind::bad_data,
                  "not a clerk database (an SQLite file without clerk's schema); it was left as "
                  "it is")
          .source(path.string());
    db->exec("PRAGMA journal_mode=WAL");
    // FULL, not NORMAL: in WAL mode NORMAL can lose the last commits on power loss, and a
    // lost audit entry is indistinguishable from tampering.
    db->exec("PRAGMA synchronous=FULL");
    db->exec("PRAGMA foreign_keys=ON");
    return db;
  } catch (const SQLite::Exception& e) {
    throw translate(e, path.string());
  }
}

}  // namespace

std::unique_ptr<SQLite::Database> open(const fs::path& path, const OpenOptions& options) {
  bool exists = fs::exists(path);
  if (!exists && options.mode == OpenMode::existing)
    throw Error(ErrorKind::missing, "no database here; create one with `clerk init`")
        .source(path.string());
  fs::path dir = path.parent_path().empty() ? fs::path(".") : path.parent_path();
  if (fs::exists(dir)) refuse_network_filesystem(dir);
  if (exists && options.mode == OpenMode::existing) check_existing_file(path, dir);
  if (!exists) create_private_file(path);
  return connect(path, options);
}

// Straight to SQLite, not through open(): its checks read the file through a descriptor of
// their own, and closing that descriptor drops every POSIX lock this process holds on the file
// (fcntl locks belong to the process, not the descriptor), the first connection's shared lock
// among them. Another process closing its last connection could then take the file as unused,
// checkpoint and delete the WAL under this one: reads saw "database disk image is malformed"
// and rows without their audit entries (tests/reliability/concurrency.py), and a commit could
// have gone to a deleted WAL.
std::unique_ptr<SQLite::Database> another_connection(SQLite::Database& db) {
  const std::string& file = db.getFilename();
  if (file.empty() || file == ":memory:") return nullptr;
  return connect(file, {});
}

}  // namespace clerk::db
