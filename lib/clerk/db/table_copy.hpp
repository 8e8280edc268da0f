// An office moved between backends: every table of clerk's schema, each row with its id and its
// values as they are stored, so the trail's hashes still hold and `audit verify` reports the same
// head on the copy. A team database into a file is what `db backup FILE` writes for one, and
// `db copy --to FILE`; a file into a team database is `db copy --to postgresql://…`.
#pragma once

#include <filesystem>
#include <string>

#include "clerk/db/connection.hpp"

namespace clerk::db {

// Writes `from` (read in one snapshot) into a new SQLite database at `target`, made 0600 with
// clerk's schema, through a temporary file moved into place once complete. Error{cannot_create}
// when `target` exists and not `overwrite`, or its directory does not.
void copy_to_file(Connection& from, const std::filesystem::path& target, bool overwrite);

// Copies `from` (a single-user file, read in one snapshot) into the empty team database at
// `url` (clerk's schema is made there if missing), in one transaction: the same rows and ids,
// the whole trail, so `audit verify` reports the same head. Error{cannot_create} when it already
// holds an office.
void copy_to_team(Connection& from, const std::string& url);

// Replaces every row of the team database `to` with those of `from` (a single-user file, read in
// one snapshot), in one transaction: what `db restore` does on a team database. TRUNCATE is the
// owner's alone (no role may delete the trail), so the owner of clerk's tables runs it.
void replace_team_rows(Connection& from, Connection& to);

}  // namespace clerk::db
