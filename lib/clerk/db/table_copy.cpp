#include "clerk/db/table_copy.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "clerk/core/error.hpp"
#include "clerk/db/bulk_load.hpp"
#include "clerk/db/database.hpp"
#include "clerk/db/maintenance.hpp"
#include "clerk/db/migrations.hpp"
#include "clerk/db/postgres_connection.hpp"
#include "clerk/db/postgres_schema.hpp"
#include "clerk/db/sqlite_connection.hpp"
#include "clerk/db/sqlite_error.hpp"
#include "clerk/db/stored_value.hpp"

namespace clerk::db {
namespace fs = std::filesystem;
namespace {

std::vector<std::string> texts(Connection& db, const std::string& sql,
                               const std::string& param = {}) {
  Statement q(db, sql);
  if (!param.empty()) q.bind(1, param);
  std::vector<std::string> out;
  while (q.step()) out.push_back(q.column(0).text());
  return out;
}

// The file's own tables: not SQLite's, and not the search index's virtual table or its shadow
// tables, which the cases' and timeline's triggers fill as their rows arrive.
std::vector<std::string> file_tables(Connection& to) {
  return texts(to,
               "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table'"
               " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name");
}

// The columns of `table` in `db`, in their order; none when it has no such table.
std::vector<std::string> columns_of(Connection& db, const std::string& table) {
  if (db.backend() == Backend::sqlite)
    return texts(db, "SELECT name FROM pragma_table_info(?) ORDER BY cid", table);
  return texts(db,
               "SELECT column_name FROM information_schema.columns WHERE table_schema = "
               "current_schema() AND table_name = ? ORDER BY ordinal_position",
               table);
}

// The columns `table` has in both, in the target's order.
std::vector<std::string> shared_columns(Connection& from, Connection& to,
                                        const std::string& table) {
  std::vector<std::string> source = columns_of(from, table);
  std::vector<std::string> out;
  for (const auto& c : columns_of(to, table))
    for (const auto& s : source)
      if (s == c) out.push_back(c);
  return out;
}

// A team database's tables, each after those its foreign keys refer to (PostgreSQL checks them
// row by row), leaving out the search index's two tables: the cases' and timeline's triggers
// fill them as their rows arrive (contacts first, whose names they index).
std::vector<std::string> server_tables(Connection& to) {
  std::vector<std::string> left =
      texts(to,
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
            " AND tablename NOT IN ('case_fts', 'case_search_text') ORDER BY tablename");
  std::vector<std::pair<std::string, std::string>> refers;  // (table, the table it refers to)
  Statement q(to,
              "SELECT conrelid::regclass::text, confrelid::regclass::text FROM pg_constraint"
              " WHERE contype = 'f' AND connamespace = current_schema()::regnamespace"
              " AND NOT condeferrable AND conrelid <> confrelid");
  while (q.step()) refers.emplace_back(q.column(0).text(), q.column(1).text());
  std::vector<std::string> ordered;
  while (!left.empty()) {
    size_t before = left.size();
    for (auto it = left.begin(); it != left.end();) {
      bool waits = false;
      for (const auto& [table, target] : refers)
        if (table == *it && std::find(left.begin(), left.end(), target) != left.end()) waits = true;
      if (waits) {
        ++it;
      } else {
        ordered.push_back(*it);
        it = left.erase(it);
      }
    }
    if (left.size() == before)
      throw Error(ErrorKind::internal, "the team schema's foreign keys form a cycle");
  }
  return ordered;
}

// A SQLite file's rows go in with one prepared INSERT each, its BLOBs as BLOBs.
void insert_rows(Statement& read, Connection& to, const std::string& table,
                 const std::vector<std::string>& columns) {
  std::string names, params;
  for (size_t i = 0; i < columns.size(); ++i) {
    names += (i ? ", " : "") + columns[i];
    params += i ? ", ?" : "?";
  }
  Statement write(to, "INSERT INTO " + table + " (" + names + ") VALUES (" + params + ")");
  while (read.step()) {
    for (int i = 0; i < int(columns.size()); ++i) {
      Value v = read.column(i);
      switch (v.type()) {
        case ValueType::null:
          write.bind_null(i + 1);
          break;
        case ValueType::integer:
          write.bind(i + 1, v.int64());
          break;
        case ValueType::real:
          write.bind(i + 1, v.real());
          break;
        case ValueType::text:
          write.bind(i + 1, v.view());
          break;
        case ValueType::blob:
          write.bind_blob(i + 1, v.blob());
          break;
      }
    }
    write.exec();
  }
}

// A team database's rows go in with COPY (db::BulkLoad), some thousands at a time so the rows
// held stay small: row at a time, moving an office of a million cases took most of an hour.
void copy_rows(Statement& read, Connection& to, const std::string& table,
               const std::vector<std::string>& columns) {
  constexpr size_t kRowsPerCopy = 20000;
  BulkLoad load(to, table, columns);
  std::vector<StoredValue> row(columns.size());
  while (read.step()) {
    for (int i = 0; i < int(columns.size()); ++i) {
      Value v = read.column(i);
      switch (v.type()) {
        case ValueType::null:
          row[size_t(i)] = std::monostate{};
          break;
        case ValueType::integer:
          row[size_t(i)] = v.int64();
          break;
        case ValueType::real:
          row[size_t(i)] = v.real();
          break;
        case ValueType::text:
          row[size_t(i)] = v.text();
          break;
        case ValueType::blob:
          row[size_t(i)] = bytea_input(v.blob());
          break;
      }
    }
    load.add(row);
    if (load.pending() >= kRowsPerCopy) load.flush();
  }
  load.flush();
}

void copy_table(Connection& from, Connection& to, const std::string& table) {
  std::vector<std::string> columns = shared_columns(from, to, table);
  if (columns.empty()) return;  // not on the server (nothing to copy)
  std::string names;
  for (const auto& c : columns) names += (names.empty() ? "" : ", ") + c;
  Statement read(from, "SELECT " + names + " FROM " + table);
  read.read_in_batches();  // a team database's table, not held whole (db backup, db copy --to FILE)
  if (to.backend() == Backend::postgres) return copy_rows(read, to, table, columns);
  // In a file, rows a trigger made as the cases arrived are replaced by the source's own.
  to.exec("DELETE FROM " + table);
  insert_rows(read, to, table, columns);
}

// The file's search index (FTS5) is its own: its triggers filled it as rows arrived, some before
// the contacts they name. Filled again from the copied rows, as migration 0015 fills it.
void refill_search_index(Connection& to) {
  to.exec("DELETE FROM case_fts");
  to.exec("INSERT INTO case_fts (rowid, body) SELECT id, body FROM case_search_text");
  to.exec(
      "INSERT INTO case_fts (rowid, body) SELECT -id, coalesce(party || ' ', '') || text"
      " FROM case_event WHERE kind IN ('note', 'correspondence', 'letter')");
}

}  // namespace

void copy_to_file(Connection& from, const fs::path& target, bool overwrite) {
  fs::path tmp = partial_path(target, overwrite);
  auto remove_partial = [&] {
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(tmp.string() + suffix);
  };
  try {
    {
      auto file = open(tmp, {OpenMode::create});
      migrate(*file);
      auto to = sqlite_connection(*file);
      Transaction read(from, TransactionKind::read);
      Transaction write(*to, TransactionKind::write);
      // The trail's rows refer to each other (a batch's hashes to their entry): checked at
      // commit, once every table is in.
      defer_foreign_keys(*to);
      for (const auto& table : file_tables(*to)) copy_table(from, *to, table);
      refill_search_index(*to);
      write.commit();
      read.commit();
      file->exec("PRAGMA journal_mode = DELETE");  // one self-contained file
    }
  } catch (const SQLite::Exception& e) {
    remove_partial();
    throw translate(e, target.string());
  } catch (...) {
    remove_partial();
    throw;
  }
  move_into_place(tmp, target);
}

namespace {

// Every table's rows from `from` into the team database `to`, inside the caller's transactions.
void copy_into_team(Connection& from, Connection& to, const std::vector<std::string>& tables) {
  defer_foreign_keys(to);
  for (const auto& table : tables) {
    copy_table(from, to, table);
    // Ids came with the rows: the identity sequence moves past them.
    if (to.query_int("SELECT count(*) FROM information_schema.columns WHERE table_schema = "
                     "current_schema() AND table_name = '" +
                     table + "' AND column_name = 'id' AND is_identity = 'YES'") > 0)
      to.exec("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), max(id)) FROM " +
              table + " HAVING max(id) IS NOT NULL");
  }
}

}  // namespace

void copy_to_team(Connection& from, const std::string& url) {
  auto to = connect_postgres(url);
  if (postgres_schema_version(*to) != 0 && to->query_int("SELECT count(*) FROM staff") > 0)
    throw Error(ErrorKind::cannot_create,
                "the team database already holds an office (it has staff): copy into an empty "
                "one")
        .source(to->where());
  migrate_postgres(*to);
  Transaction read(from, TransactionKind::read);
  Transaction write(*to, TransactionKind::write);
  copy_into_team(from, *to, server_tables(*to));
  write.commit();
  read.commit();
}

void replace_team_rows(Connection& from, Connection& to) {
  Transaction read(from, TransactionKind::read);
  Transaction write(to, TransactionKind::write);
  const std::vector<std::string> tables = server_tables(to);
  // The search index goes too: the cases' triggers fill it again as they arrive.
  std::string all = "case_fts";
  for (const auto& table : tables) all += ", " + table;
  to.exec("TRUNCATE " + all + " RESTART IDENTITY");
  copy_into_team(from, to, tables);
  write.commit();
  read.commit();
}

}  // namespace clerk::db
