// Opening the SQLite database: file mode 0600, local disk only, the pragmas every connection needs.
#pragma once

#include <filesystem>
#include <memory>

#include <SQLiteCpp/Database.h>

namespace clerk::db {

enum class OpenMode {
  create,    // make the file (0600) and its parent directory (0700) when missing
  existing,  // the file must exist: Error{missing} otherwise
};

struct OpenOptions {
  OpenMode mode = OpenMode::existing;
  int busy_timeout_ms = 5000;  // how long a writer waits for another before Error{busy}
};

// Opens (and with OpenMode::create makes) the database at `path` with WAL, foreign keys,
// synchronous=FULL and the busy timeout. Refuses a network filesystem (NFS, SMB), where
// SQLite's locking is unreliable. Does not migrate: see migrations.hpp.
std::unique_ptr<SQLite::Database> open(const std::filesystem::path& path,
                                       const OpenOptions& options);

// Another connection to the same file with the same settings, for work on a second thread
// alongside `db` (a connection serves one thread); none for an in-memory or temporary database.
std::unique_ptr<SQLite::Database> another_connection(SQLite::Database& db);

}  // namespace clerk::db
