#include "clerk/trail/batch_inserter.hpp"

#include "clerk/core/error.hpp"

namespace clerk::trail {

BatchInserter::BatchInserter(db::Connection& db, std::string entity,
                             std::vector<std::string> columns, int64_t entries_before)
    : db_(db),
      entity_(std::move(entity)),
      // Table and column names come from the code, never from input.
      insert_(db, table_of(entity_), columns),
      hasher_(db, entity_, columns),
      rows_(db, entity_, entries_before) {}

void BatchInserter::insert(int64_t id, const std::vector<StoredValue>& values, const Digest& hash) {
  insert_.add(values);
  rows_.add(id, hash);
  if (!first_id_) first_id_ = id;
  last_id_ = id;
  last_hash_ = hash;
  if (samples_.empty() || id % kSampleEvery == 0) samples_.emplace_back(id, hash);
}

BatchRows& BatchInserter::checked_rows() {
  insert_.finish();
  if (!first_id_) return rows_;
  db::Statement stored(db_, "SELECT * FROM " + table_of(entity_) + " WHERE id = ?");
  std::optional<RowHasher> stored_hash;
  samples_.emplace_back(last_id_, last_hash_);
  for (const auto& [id, hash] : samples_) {
    stored.bind(1, id);
    bool found = stored.step();
    if (found && !stored_hash) stored_hash.emplace(stored);
    if (!found || stored_hash->hash(stored) != hash)
      throw Error(ErrorKind::internal, "the audit hash of imported " + entity_ + " " +
                                           std::to_string(id) +
                                           " does not match the row as stored");
    stored.reset();
  }
  samples_.clear();
  return rows_;
}

}  // namespace clerk::trail
