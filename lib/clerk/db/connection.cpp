
#include "clerk/core/error.hpp"

#include "clerk/db/connection.hpp"

namespace clerk::db {

int Statement::index_of(std::string_view name) const {
  int index = impl_->index_of(name);
  if (index == 0)
    throw Error(ErrorKind::internal, "no parameter " + std::string(name) + " in the statement");
  return index;
}

int64_t Connection::query_int(std::string_view sql) {
  Statement q(*this, sql);
  return q.step() ? q.column(0).int64() : 0;
}

std::string Connection::query_text(std::string_view sql) {
  Statement q(*this, sql);
  return q.step() ? q.column(0).text() : std::string();
}

void defer_foreign_keys(Connection& db) {
  db.exec(db.backend() == Backend::sqlite ? "PRAGMA defer_foreign_keys = ON"
                                          : "SET CONSTRAINTS ALL DEFERRED");
}

Transaction::~Transaction() {
  if (!open_) return;
  try {
    connection_.rollback();
  } catch (...) {
    // Nothing more can be done here: the connection closing ends the transaction anyway.
  }
}

}  // namespace clerk::db
