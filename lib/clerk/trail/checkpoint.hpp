// Checkpoints: the head of the trail written to a small file kept elsewhere, so that removing
// the newest entries (truncation, or restoring an older copy) is detectable later.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "clerk/db/connection.hpp"
#include "clerk/trail/verify.hpp"

namespace clerk::trail {

struct Checkpoint {
  std::string database_id;
  int64_t seq = 0;
  std::string hash;  // entry_hash of entry `seq`
  std::string ts_utc;
};

// The current head; Error{bad_data} when the trail is empty.
Checkpoint take_checkpoint(db::Connection& db, std::string ts_utc);

// The file: a first line naming the format, then `key: value` lines.
std::string format_checkpoint(const Checkpoint& checkpoint);
// Error{bad_data} naming `source` and the line for anything malformed, unknown or missing.
Checkpoint parse_checkpoint(std::string_view text, const std::string& source);

// Adds a "checkpoint" finding to `report` unless this database's trail still holds the
// checkpoint's entry with the same hash; sets report.checkpoint_note when it does.
void check_against(db::Connection& db, const Checkpoint& checkpoint, VerifyReport& report);

}  // namespace clerk::trail
