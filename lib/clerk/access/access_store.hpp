// The access log's SQL: who was shown or sent whose personal data, when, by which command.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "clerk/db/connection.hpp"

namespace clerk::access {

struct AccessEntry {
  std::string ts_utc;
  std::string actor;
  std::string command;  // the subcommand path ("case show"), never the command line
  std::string what;     // the records shown, by reference
  int64_t records = 0;
};

// Inserts the entry and one row per distinct contact (ids may repeat) in one transaction.
void insert_access(db::Connection& db, const AccessEntry& entry, std::vector<int64_t> contact_ids);

struct AccessFilter {
  // Entries about any of these contacts (one person's ids across merges); empty: anyone's.
  std::vector<int64_t> contact_ids;
  std::string actor;
  std::string since;  // YYYY-MM-DD, UTC
};

// An entry as the log holds it.
struct LoggedAccess {
  int64_t id = 0;
  AccessEntry entry;
  std::string contacts;  // the contact ids it touched, ascending, space-separated
};
// Oldest first.
void for_each_access(db::Connection& db, const AccessFilter& filter,
                     const std::function<void(const LoggedAccess&)>& each);

// Entries before `ts_utc` (retention); returns how many went. Inside the caller's transaction.
int64_t delete_access_before(db::Connection& db, const std::string& ts_utc);
int64_t count_access_before(db::Connection& db, const std::string& ts_utc);

}  // namespace clerk::access
