// A team database copied into a single-user file: every table of clerk's SQLite schema, each
// row with its id and its values as they are stored, so the trail's hashes still hold and `audit
// verify` passes on the copy offline. What `db backup FILE` writes for a team database.
#pragma once

#include <filesystem>

#include "clerk/db/connection.hpp"

namespace clerk::db {

// Writes `from` (read in one snapshot) into a new SQLite database at `target`, made 0600 with
// clerk's schema, through a temporary file moved into place once complete. Error{cannot_create}
// when `target` exists and not `overwrite`, or its directory does not.
void copy_to_file(Connection& from, const std::filesystem::path& target, bool overwrite);

}  // namespace clerk::db
