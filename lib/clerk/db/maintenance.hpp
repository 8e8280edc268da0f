// Database housekeeping: integrity and foreign-key checks, consistent online backups.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <SQLiteCpp/Database.h>

namespace clerk::db {

// Problems found by PRAGMA integrity_check and PRAGMA foreign_key_check; empty when sound.
std::vector<std::string> integrity_problems(SQLite::Database& db);

// A consistent copy taken while others may be writing (VACUUM INTO reads one snapshot),
// written to a temporary file beside `target` and renamed into place; 0600 like the original.
// Error{cannot_create} when `target` exists and `overwrite` is false.
void backup(SQLite::Database& db, const std::filesystem::path& target, bool overwrite);

}  // namespace clerk::db
