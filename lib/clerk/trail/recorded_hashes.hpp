// The latest hash the trail records for each record of one kind, in record order: what
// `audit verify` merges with the table to find records edited, inserted or deleted behind the
// tool's back.
#pragma once

#include <cstdint>
#include <optional>
#include <queue>
#include <string>

#include "clerk/core/sha256.hpp"
#include "clerk/db/column_reader.hpp"
#include "clerk/db/connection.hpp"

namespace clerk::trail {

// Reads, each in record order, the single entries' hashes (audit_log, from its covering index),
// batches written before schema 9 (audit_batch_row) and runs of batch hashes
// (audit_batch_hashes, which may overlap when ids were reused, so they are merged through a
// heap), and yields each record's newest hash.
class RecordedHashes {
 public:
  struct Latest {
    int64_t id = 0;
    int64_t seq = 0;
    std::optional<Digest> hash;  // nullopt: the stored text is not a hash at all
    bool tombstone() const { return hash && *hash == Digest{}; }
  };

  RecordedHashes(db::Connection& db, const std::string& entity);

  // The next record the trail knows of, with its newest hash; false when there are no more.
  bool next(Latest& out);

 private:
  struct Run {
    int64_t id, seq, first, last;
    std::string hashes;
    // A min-heap on (id, seq).
    bool operator<(const Run& o) const { return id != o.id ? id > o.id : seq > o.seq; }
  };

  void open_runs_starting_by(int64_t id);
  std::optional<int64_t> lowest_id();

  db::Statement single_, legacy_, runs_;
  db::ColumnReader single_r_{single_}, legacy_r_{legacy_}, runs_r_{runs_};
  bool single_more_, legacy_more_, runs_more_;
  std::priority_queue<Run> open_;
};

}  // namespace clerk::trail
