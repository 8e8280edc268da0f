#include "clerk/db/bulk_load.hpp"

#include <utility>

namespace clerk::db {

BulkLoad::BulkLoad(Connection& db, std::string table, std::vector<std::string> columns)
    : db_(db), table_(std::move(table)), writer_(db.bulk_writer(table_, columns)) {}

void BulkLoad::finish() {
  writer_->flush();
  if (db_.backend() == Backend::postgres)
    db_.exec("SELECT setval(pg_get_serial_sequence('" + table_ + "', 'id'), max(id)) FROM " +
             table_ + " HAVING max(id) IS NOT NULL");
}

}  // namespace clerk::db
