// A migrated clerk database in a throwaway directory, removed afterwards: for the tests that need
// a real file (a second connection, WAL), where `:memory:` will not do.
#pragma once

#include <SQLiteCpp/Database.h>
#include <stdlib.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "clerk/db/connection.hpp"
#include "clerk/db/database.hpp"
#include "clerk/db/migrations.hpp"
#include "clerk/db/sqlite_connection.hpp"

struct TempDatabase {
  std::filesystem::path dir;
  std::unique_ptr<SQLite::Database> sqlite;   // the file, for what only SQLite's API can do
  std::unique_ptr<clerk::db::Connection> db;  // over it, as the stores take it

  TempDatabase() {
    std::string name = (std::filesystem::temp_directory_path() / "clerk-unit-XXXXXX").string();
    dir = mkdtemp(name.data());
    sqlite = clerk::db::open(path(), {clerk::db::OpenMode::create, 5000});
    clerk::db::migrate(*sqlite);
    db = clerk::db::sqlite_connection(*sqlite);
  }
  ~TempDatabase() {
    db.reset();
    sqlite.reset();
    std::filesystem::remove_all(dir);
  }
  TempDatabase(const TempDatabase&) = delete;
  TempDatabase& operator=(const TempDatabase&) = delete;

  std::filesystem::path path() const { return dir / "clerk.db"; }
};

// A migrated database in memory, foreign keys enforced: for tests of the schema and stores that
// need no file.
struct MemoryDatabase {
  SQLite::Database sqlite{":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE};
  std::unique_ptr<clerk::db::Connection> connection = clerk::db::sqlite_connection(sqlite);
  clerk::db::Connection& db = *connection;
  MemoryDatabase() {
    sqlite.exec("PRAGMA foreign_keys = ON");
    clerk::db::migrate(sqlite);
  }
};

// A table's columns as the migrations made it, in their order.
inline std::vector<std::string> table_columns(clerk::db::Connection& db, const std::string& table) {
  std::vector<std::string> out;
  clerk::db::Statement q(db, "SELECT name FROM pragma_table_info(?) ORDER BY cid");
  q.bind(1, table);
  while (q.step()) out.push_back(q.column(0).text());
  return out;
}
