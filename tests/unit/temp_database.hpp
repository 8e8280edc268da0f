// A migrated clerk database in a throwaway directory, removed afterwards: for the tests that need
// a real file (a second connection, WAL), where `:memory:` will not do.
#pragma once

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <stdlib.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "clerk/db/database.hpp"
#include "clerk/db/migrations.hpp"

struct TempDatabase {
  std::filesystem::path dir;
  std::unique_ptr<SQLite::Database> db;

  TempDatabase() {
    std::string name = (std::filesystem::temp_directory_path() / "clerk-unit-XXXXXX").string();
    dir = mkdtemp(name.data());
    db = clerk::db::open(path(), {clerk::db::OpenMode::create, 5000});
    clerk::db::migrate(*db);
  }
  ~TempDatabase() {
    db.reset();
    std::filesystem::remove_all(dir);
  }
  TempDatabase(const TempDatabase&) = delete;
  TempDatabase& operator=(const TempDatabase&) = delete;

  std::filesystem::path path() const { return dir / "clerk.db"; }
};

// A migrated database in memory, foreign keys enforced: for tests of the schema and stores that
// need no file.
struct MemoryDatabase {
  SQLite::Database db{":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE};
  MemoryDatabase() {
    db.exec("PRAGMA foreign_keys = ON");
    clerk::db::migrate(db);
  }
};

// A table's columns as the migrations made it, in their order.
inline std::vector<std::string> table_columns(SQLite::Database& db, const std::string& table) {
  std::vector<std::string> out;
  SQLite::Statement q(db, "SELECT name FROM pragma_table_info(?) ORDER BY cid");
  q.bind(1, table);
  while (q.executeStep()) out.push_back(q.getColumn(0).getString());
  return out;
}
