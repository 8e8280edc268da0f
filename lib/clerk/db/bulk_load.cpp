#include "clerk/db/bulk_load.hpp"

#include <utility>

namespace clerk::db {
namespace {

std::string joined(const std::vector<std::string>& columns) {
  std::string out;
  for (const auto& c : columns) out += (out.empty() ? "" : ", ") + c;
  return out;
}

// PostgreSQL refuses COPY FROM into a table whose row-level security applies to the acting role
// (clerk db grants turns it on for cases, their timelines, contacts, expense items and actions).
// There the rows are copied into a temporary table of the same columns, and each flush moves
// them with one INSERT ... SELECT, which the server checks against the policies row by row:
// COPY's speed, the policies' checks.
class StagedCopy final : public BulkWriter {
 public:
  StagedCopy(Connection& db, const std::string& table, const std::vector<std::string>& columns)
      : db_(db), staging_("clerk_staged_" + table) {
    const std::string names = joined(columns);
    db_.exec("DROP TABLE IF EXISTS pg_temp." + staging_);
    db_.exec("CREATE TEMP TABLE " + staging_ + " ON COMMIT DROP AS SELECT " + names + " FROM " +
             table + " WITH NO DATA");
    copy_ = db_.bulk_writer(staging_, columns);
    move_ = "INSERT INTO " + table + " (" + names + ") SELECT " + names + " FROM " + staging_;
  }
  void add(const std::vector<StoredValue>& values) override { copy_->add(values); }
  void flush() override {
    if (copy_->pending() == 0) return;
    copy_->flush();
    db_.exec(move_);
    db_.exec("TRUNCATE " + staging_);
  }
  size_t pending() const override { return copy_->pending(); }

 private:
  Connection& db_;
  std::string staging_, move_;
  std::unique_ptr<BulkWriter> copy_;
};

std::unique_ptr<BulkWriter> writer_for(Connection& db, const std::string& table,
                                       const std::vector<std::string>& columns) {
  if (db.backend() == Backend::postgres &&
      db.query_int("SELECT row_security_active('" + table + "')::integer") != 0)
    return std::make_unique<StagedCopy>(db, table, columns);
  return db.bulk_writer(table, columns);
}

}  // namespace

BulkLoad::BulkLoad(Connection& db, std::string table, std::vector<std::string> columns)
    : db_(db), table_(std::move(table)), writer_(writer_for(db_, table_, columns)) {}

void BulkLoad::finish() {
  writer_->flush();
  if (db_.backend() == Backend::postgres)
    db_.exec("SELECT setval(pg_get_serial_sequence('" + table_ + "', 'id'), max(id)) FROM " +
             table_ + " HAVING max(id) IS NOT NULL");
}

}  // namespace clerk::db
