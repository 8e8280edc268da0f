// `audit verify`: recompute the hash chain and check every audited row against its last entry.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <SQLiteCpp/Database.h>

#include "clerk/db/connection.hpp"

namespace clerk::trail {

struct Finding {
  std::string check;  // chain, payload, row-changed, row-unrecorded, row-missing, batch
  std::optional<int64_t> seq;
  std::string entity;
  std::optional<int64_t> entity_id;
  std::string problem;
};

struct VerifyReport {
  int64_t entries = 0;
  int64_t redacted = 0;  // entries whose payload was erased (the chain still verifies)
  int64_t rows_checked = 0;
  int64_t head_seq = 0;
  std::string head_hash;
  int64_t finding_count = 0;
  std::vector<Finding> findings;  // the first kMaxListed, in the order found
  std::string checkpoint_note;    // set when a checkpoint was checked and holds
  bool ok() const { return finding_count == 0; }
  void add(Finding f);
};

inline constexpr size_t kMaxListed = 100;

// What to check: the chain of entries and their payloads always; the audited rows (each
// table's rows against their latest recorded hashes, and each batch against its rows) unless
// `rows` is off — the part whose cost grows with the data rather than with the trail.
struct VerifyScope {
  bool rows = true;
};

// Streams the trail and the audited tables; memory does not grow with their size.
VerifyReport verify(db::Connection& db, VerifyScope scope = {});
// The same on an SQLite database held directly (a backup being restored).
VerifyReport verify(SQLite::Database& db, VerifyScope scope = {});

}  // namespace clerk::trail
