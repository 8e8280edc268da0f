// Erasing personal data so that no copy stays in the database's own files, on either backend.
// (Backups, and a server's write-ahead log until it is recycled, hold what they held: the
// README's retention section says so.)
#pragma once

#include <set>
#include <string>

#include "clerk/db/connection.hpp"

namespace clerk::db {

// Before the erasing transaction: SQLite zeroes each page it frees from then on
// (secure_delete), rather than leave the old bytes in it. PostgreSQL keeps a deleted or
// updated row's old version in its page until VACUUM; reclaim_erased_space() sees to those.
void zero_freed_space(Connection& db);

// After the erasing transaction has committed: SQLite rewrites the file without its free pages
// (VACUUM) and empties the write-ahead log into it; PostgreSQL rewrites each of `tables` without
// its dead rows (VACUUM FULL, which holds each table's lock while it runs: seconds at office
// scale). Table names come from the code, never from input.
void reclaim_erased_space(Connection& db, const std::set<std::string>& tables);

}  // namespace clerk::db
