// The audit trail: appending hash-chained entries, and the hashes that chain them.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "clerk/core/sha256.hpp"
#include "clerk/db/connection.hpp"
#include "clerk/trail/row_image.hpp"

namespace clerk::trail {

// One entry as stored in audit_log (payload body and salt live in audit_payload).
struct Entry {
  int64_t seq = 0;
  std::string ts_utc;
  std::string actor;
  std::string command;  // the command line that made the change ('' once redacted)
  // v2 entries: sha256(salt || command), hashed instead of the command so the text can be
  // blanked by retention; absent on v1 entries (before schema 6), which hash the text itself.
  std::optional<std::string> command_commit;
  std::string action;  // add, set, delete, merge, import, ...
  std::string entity;  // the audited table
  std::optional<int64_t> entity_id;
  std::optional<int64_t> entity_id_to;  // last id of a batch
  std::string payload_commit;           // sha256(salt || body)
  std::string row_hash_after;           // canonical hash of the row after, or kTombstone
  std::string prev_hash;
  std::string entry_hash;
};

// The prev_hash of entry 1: derived from the database's random id, so entries cannot be
// spliced in from another database.
std::string genesis_hash(std::string_view database_id);
// sha256 over the versioned, length-prefixed encoding of every field but entry_hash.
std::string compute_entry_hash(const Entry& entry);
std::string payload_commitment(std::string_view salt, std::string_view body);
std::string command_commitment(std::string_view salt, std::string_view command);

struct NewEntry {
  std::string ts_utc;
  std::string actor;
  std::string command;
  std::string action;
  std::string entity;
  std::optional<int64_t> entity_id;
  std::optional<int64_t> entity_id_to;
  std::string body;  // JSON: {"before": ..., "after": ...} or a batch summary
  std::string row_hash_after;
};

// Appends one entry (seq = max + 1) inside the caller's transaction; returns its seq.
int64_t append(db::Connection& db, const NewEntry& entry);

// The hash a batch entry commits to (rule clerk-batch-v2): sha256 over the encoded tag, then
// each row in id order as its id (8 bytes, big-endian) and its 32-byte hash, then the row count
// (8 bytes, big-endian): the count comes last so rows can be added as they are written.
class BatchHash {
 public:
  BatchHash();
  void add(int64_t id, const Digest& row_hash);
  std::string hex_digest();

 private:
  Sha256 hasher_;
  int64_t rows_ = 0;
  std::string pending_;  // rows not yet fed to the hasher: one update per 64 KiB, not per row
};

// The row hashes of one bulk write, added in id order as its rows are written (or read back):
// stored in audit_batch_hashes a run of consecutive ids at a time and summed into the batch
// hash. Only the run being filled is held.
class BatchRows {
 public:
  // For the batch entry that append_batch() appends next in this transaction, or, given
  // `entries_before`, the one appended after that many others (a load recording two kinds of
  // record: each run of hashes names its entry as it is written).
  BatchRows(db::Connection& db, std::string entity, int64_t entries_before = 0);
  ~BatchRows();
  BatchRows(const BatchRows&) = delete;
  BatchRows& operator=(const BatchRows&) = delete;

  // Ids must come in increasing order (Error{internal} otherwise): the hash is over that order.
  void add(int64_t id, const Digest& row_hash);
  // Adds the rows of the entity's table with ids in [first_id, last_id], read back in one
  // ordered scan: for a load that does not hash its rows from the values it writes.
  void add_rows(int64_t first_id, int64_t last_id);
  int64_t seq() const { return seq_; }
  const std::string& entity() const { return entity_; }
  // Writes the last run; returns the batch hash.
  std::string finish();

 private:
  void flush();

  db::Connection& db_;
  int64_t seq_;
  std::string entity_;
  std::unique_ptr<db::Statement> insert_, read_;
  std::unique_ptr<RowHasher> hasher_;
  BatchHash hash_;
  bool added_ = false;
  int64_t first_id_ = 0, last_id_ = 0;
  std::string run_;  // the current run's hashes
};

// Appends the batch entry for `rows`, whose hashes were added as the rows were written, with
// entry.entity_id and entry.entity_id_to the range they came from. Returns its seq.
int64_t append_batch(db::Connection& db, NewEntry entry, BatchRows& rows);
// The same, reading the hashes of the rows of `entry.entity` with ids in [entry.entity_id,
// entry.entity_id_to] back from the table in one scan.
int64_t append_batch(db::Connection& db, NewEntry entry);

// Rule clerk-batch-v1, of batches written before schema 9 (audit_batch_row): sha256 over the
// encoded row count and then each (id, hex row hash) encoded.
class BatchHashV1 {
 public:
  explicit BatchHashV1(int64_t rows);
  void add(int64_t id, std::string_view hex_row_hash);
  std::string hex_digest() { return hasher_.hex_digest(); }

 private:
  Sha256 hasher_;
};

// The number of row hashes audit_batch_hashes packs into one row at most.
inline constexpr int64_t kHashesPerRun = 1024;

// Whether a stored run's ids [first, last] are exactly as many as the digests in its blob of
// `bytes` bytes (one altered behind the tool's back may not be; no arithmetic here overflows).
bool run_matches(int64_t first, int64_t last, size_t bytes);

std::string database_id(db::Connection& db);

}  // namespace clerk::trail
