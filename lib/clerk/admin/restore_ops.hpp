// `db restore`: put a checked backup in place of the live database, keeping the replaced one.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "clerk/session/context.hpp"
#include "clerk/trail/verify.hpp"

namespace clerk::admin {

struct RestoreResult {
  bool restored = false;
  std::vector<std::string> problems;  // integrity and foreign-key problems of the backup
  trail::VerifyReport report;         // the backup's audit verification
  std::filesystem::path replaced;     // where the live database was moved (empty when none)
};

// Admins only (Error{not_permitted}), on the live database when there is one and in the
// backup. The backup is copied beside the live database, migrated, integrity-checked and
// verified; only when all is sound is the live file renamed to `<db>.replaced-<UTC time>` and
// the copy renamed into its place, with a `restore` entry appended to the restored trail.
// A backup that fails leaves everything as it was (restored = false). On a team database the
// checked copy's rows replace every row in one transaction, run by the owner of clerk's tables
// (Error{not_permitted} otherwise), the replaced rows first written to a file beside the backup.
RestoreResult restore_database(Context& ctx, const std::filesystem::path& backup);

}  // namespace clerk::admin
