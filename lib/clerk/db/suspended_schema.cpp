#include "clerk/db/suspended_schema.hpp"

#include <SQLiteCpp/Statement.h>

#include <cstdio>
#include <cstdlib>
#include <exception>
#include <utility>

namespace clerk::db {

SuspendedSchema::SuspendedSchema(SQLite::Database& db, std::string_view kind,
                                 std::string_view table, std::string_view name)
    : db_(db) {
  std::vector<std::pair<std::string, std::string>> found;
  {
    SQLite::Statement q(db, R"(
      SELECT name, sql FROM sqlite_schema
      WHERE type = ?1 AND tbl_name = ?2 AND sql IS NOT NULL AND (?3 = '' OR name = ?3))");
    q.bind(1, std::string(kind));
    q.bind(2, std::string(table));
    q.bind(3, std::string(name));
    while (q.executeStep())
      found.emplace_back(q.getColumn(0).getString(), q.getColumn(1).getString());
  }
  // Names come from sqlite_schema, never from input; `kind` is a fixed word.
  for (const auto& [object, sql] : found) {
    db.exec("DROP " + std::string(kind == "index" ? "INDEX" : "TRIGGER") + " \"" + object + "\"");
    dropped_.push_back(sql);
  }
}

void SuspendedSchema::restore() {
  while (!dropped_.empty()) {
    db_.exec(dropped_.back());
    dropped_.pop_back();
  }
}

SuspendedSchema::~SuspendedSchema() {
  if (dropped_.empty() || std::uncaught_exceptions() > 0) return;
  try {
    restore();
  } catch (const std::exception& e) {
    std::fprintf(stderr, "clerk: internal error: cannot restore the schema (%s)\n", e.what());
    std::abort();
  }
}

}  // namespace clerk::db
