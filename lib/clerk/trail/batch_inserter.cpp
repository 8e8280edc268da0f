#include "clerk/trail/batch_inserter.hpp"

#include "clerk/core/error.hpp"
#include "clerk/db/sqlite_connection.hpp"

namespace clerk::trail {
namespace {

std::string insert_sql(const std::string& table, const std::vector<std::string>& columns) {
  std::string names, params;
  for (size_t i = 0; i < columns.size(); ++i) {
    names += (i ? ", " : "") + columns[i];
    params += (i ? ", ?" : "?") + std::to_string(i + 1);
  }
  return "INSERT INTO " + table + " (" + names + ") VALUES (" + params + ")";
}

}  // namespace

BatchInserter::BatchInserter(SQLite::Database& db, std::string entity,
                             std::vector<std::string> columns, int64_t entries_before)
    : db_(db),
      connection_(db::sqlite_connection(db)),
      entity_(std::move(entity)),
      // Table and column names come from the code, never from input.
      insert_(db, insert_sql(table_of(entity_), columns)),
      hasher_(db, entity_, columns),
      rows_(*connection_, entity_, entries_before) {}

void BatchInserter::insert(int64_t id, const std::vector<StoredValue>& values, const Digest& hash) {
  for (size_t i = 0; i < values.size(); ++i) bind_value(insert_, int(i) + 1, values[i]);
  insert_.exec();
  rows_.add(id, hash);
  if (!first_id_) first_id_ = id;
  last_id_ = id;
  last_hash_ = hash;
  if (samples_.empty() || id % kSampleEvery == 0) samples_.emplace_back(id, hash);
}

BatchRows& BatchInserter::checked_rows() {
  if (!first_id_) return rows_;
  db::RawStatement stored(db_, "SELECT * FROM " + table_of(entity_) + " WHERE id = ?");
  RowHasher stored_hash(stored, stored.column_count());
  samples_.emplace_back(last_id_, last_hash_);
  for (const auto& [id, hash] : samples_) {
    stored.bind(1, id);
    if (!stored.step() || stored_hash.hash(stored) != hash)
      throw Error(ErrorKind::internal, "the audit hash of imported " + entity_ + " " +
                                           std::to_string(id) +
                                           " does not match the row as stored");
    stored.reset();
  }
  samples_.clear();
  return rows_;
}

}  // namespace clerk::trail
