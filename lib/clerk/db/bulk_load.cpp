#include "clerk/db/bulk_load.hpp"

#include <utility>

namespace clerk::db {
namespace {

// INSERTs of many rows each, through the connection. PostgreSQL refuses COPY FROM into a table
// whose row-level security applies to the acting role (clerk db grants turns it on for expense
// items): there the rows go in as INSERTs, each checked against the policy, kRowsPerInsert to a
// statement to save round trips.
class MultiRowInsert final : public BulkWriter {
 public:
  MultiRowInsert(Connection& db, std::string table, std::vector<std::string> columns)
      : db_(db), table_(std::move(table)), columns_(std::move(columns)) {}
  void add(const std::vector<StoredValue>& values) override {
    rows_.push_back(values);
    if (rows_.size() == kRowsPerInsert) flush();
  }
  void flush() override {
    if (rows_.empty()) return;
    std::unique_ptr<Statement> partial;
    if (rows_.size() == kRowsPerInsert && !full_)
      full_ = std::make_unique<Statement>(db_, insert_sql(rows_.size()));
    if (rows_.size() != kRowsPerInsert)
      partial = std::make_unique<Statement>(db_, insert_sql(rows_.size()));
    Statement& insert = partial ? *partial : *full_;
    int index = 1;
    for (const auto& row : rows_)
      for (const auto& value : row) bind_value(insert, index++, value);
    insert.exec();
    rows_.clear();
  }
  size_t pending() const override { return rows_.size(); }

 private:
  static constexpr size_t kRowsPerInsert = 200;

  std::string insert_sql(size_t rows) const {
    std::string names, row = "(";
    for (size_t i = 0; i < columns_.size(); ++i) {
      names += (i ? ", " : "") + columns_[i];
      row += i ? ", ?" : "?";
    }
    row += ")";
    std::string sql = "INSERT INTO " + table_ + " (" + names + ") VALUES ";
    for (size_t r = 0; r < rows; ++r) sql += (r ? ", " : "") + row;
    return sql;
  }

  Connection& db_;
  std::string table_;
  std::vector<std::string> columns_;
  std::vector<std::vector<StoredValue>> rows_;
  std::unique_ptr<Statement> full_;
};

std::unique_ptr<BulkWriter> writer_for(Connection& db, const std::string& table,
                                       const std::vector<std::string>& columns) {
  if (db.backend() == Backend::postgres &&
      db.query_int("SELECT row_security_active('" + table + "')::integer") != 0)
    return std::make_unique<MultiRowInsert>(db, table, columns);
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
