// Bulk loads that record each row's audit hash from the values they write rather than reading
// the rows back: the hash is taken on the preparing side (which may be another thread), the
// row inserted and its hash recorded on the writing side, and at the end a sample of rows
// (every kSampleEvery-th id, and the last) is read back and must hash the same, so every load
// proves that the values it hashed are the rows as stored.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "clerk/db/bulk_load.hpp"
#include "clerk/db/connection.hpp"
#include "clerk/trail/row_image.hpp"
#include "clerk/trail/trail.hpp"

namespace clerk::trail {

class BatchInserter {
 public:
  static constexpr int64_t kSampleEvery = 1009;

  // Inside the caller's transaction. `columns` are every column of the entity's table (`id`
  // among them), in the order rows give their values: Error{internal} otherwise.
  // `entries_before` is as for BatchRows. Rows are written as db::BulkLoad writes them: on
  // PostgreSQL at flush().
  BatchInserter(db::Connection& db, std::string entity, std::vector<std::string> columns,
                int64_t entries_before = 0);

  // The preparing side: the hash of a row about to be written (values[i] is columns[i]).
  Digest hash(const std::vector<StoredValue>& values) { return hasher_.hash(values); }
  // The writing side: inserts the row with id `id` (ids increasing) and records its hash.
  void insert(int64_t id, const std::vector<StoredValue>& values, const Digest& hash);
  // Writes the rows inserted so far (see db::BulkLoad); rows still pending.
  void flush() { insert_.flush(); }
  size_t pending() const { return insert_.pending(); }

  std::optional<int64_t> first_id() const {
    return first_id_ ? std::optional<int64_t>(first_id_) : std::nullopt;
  }
  int64_t last_id() const { return last_id_; }
  // Writes what is pending, reads the sample back (Error{internal} if a row does not hash as
  // recorded) and gives the recorded hashes for the load's batch entry (trail::Writer::batch).
  BatchRows& checked_rows();

 private:
  db::Connection& db_;
  std::string entity_;
  db::BulkLoad insert_;
  ValueRowHasher hasher_;
  BatchRows rows_;
  int64_t first_id_ = 0, last_id_ = 0;
  Digest last_hash_{};
  std::vector<std::pair<int64_t, Digest>> samples_;
};

}  // namespace clerk::trail
