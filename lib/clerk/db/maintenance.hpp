// Database housekeeping: integrity and foreign-key checks, consistent online backups.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <SQLiteCpp/Database.h>

namespace clerk::db {

// Problems found by PRAGMA integrity_check and PRAGMA foreign_key_check; empty when sound. A
// check SQLite cannot even run on a damaged file ("database disk image is malformed") is itself
// a problem, not an error.
std::vector<std::string> integrity_problems(SQLite::Database& db);
// The same on its own connection to the database at `path` (see open()): what `db check` runs
// first, before anything that reads records would fail on the damage.
std::vector<std::string> integrity_problems(const std::filesystem::path& path);

// A consistent copy taken while others may be writing (VACUUM INTO reads one snapshot),
// written to a temporary file beside `target` and renamed into place; 0600 like the original.
// Error{cannot_create} when `target` exists and `overwrite` is false.
void backup(SQLite::Database& db, const std::filesystem::path& target, bool overwrite);

// Where a copy of `target` is written first: a hidden ".NAME.partial" beside it, which nothing
// is left at. Error{cannot_create} when `target` exists and `overwrite` is false, or its
// directory does not exist.
std::filesystem::path partial_path(const std::filesystem::path& target, bool overwrite);
// Renames the finished `partial` to `target` (removing it if that fails).
void move_into_place(const std::filesystem::path& partial, const std::filesystem::path& target);

}  // namespace clerk::db
