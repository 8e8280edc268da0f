#include "clerk/db/schema.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>

#include "../temp_database.hpp"
#include "clerk/db/connection.hpp"
#include "clerk/db/migrations.hpp"

using namespace clerk;

namespace {

using Migrated = MemoryDatabase;

// The tables, virtual tables and views the migrations made, by name, with their type. SQLite's
// own tables and an FTS5 table's shadow tables (its storage) are not the schema's.
std::map<std::string, std::string> live_tables(db::Connection& db) {
  db::Statement q(db, R"(
    SELECT name, type FROM pragma_table_list
    WHERE schema = 'main' AND type IN ('table', 'virtual', 'view')
      AND name NOT LIKE 'sqlite\_%' ESCAPE '\')");
  std::map<std::string, std::string> out;
  while (q.step()) out.emplace(q.column(0).text(), q.column(1).text());
  return out;
}

std::set<std::string> live_columns(db::Connection& db, const std::string& table) {
  db::Statement q(db, "SELECT name FROM pragma_table_info(?)");
  q.bind(1, table);
  std::set<std::string> out;
  while (q.step()) out.insert(q.column(0).text());
  return out;
}

const db::ContactReference* reference(const db::SchemaTable& t, std::string_view column) {
  for (const auto& r : t.contact_references)
    if (r.column == column) return &r;
  return nullptr;
}

const db::SchemaTable* registered(std::string_view name) {
  for (const auto& t : db::schema_tables())
    if (t.name == name) return &t;
  return nullptr;
}

std::string str(std::string_view s) { return std::string(s); }

// The column names tests/bench/clerk_audit.py leaves out of a row hash while NULL.
std::set<std::string> python_added_columns() {
  const char* source = std::getenv("CLERK_SOURCE_DIR");
  // ctest sets CLERK_SOURCE_DIR; a developer runs the binary from the source tree.
  std::filesystem::path root =
      source ? std::filesystem::path(source) : std::filesystem::current_path();
  std::ifstream in(root / "tests/bench/clerk_audit.py");
  REQUIRE_MESSAGE(in, "cannot read tests/bench/clerk_audit.py under "
                          << root << " (set CLERK_SOURCE_DIR to the source tree)");
  std::stringstream text;
  text << in.rdbuf();
  std::smatch set;
  std::string all = text.str();
  REQUIRE(std::regex_search(all, set, std::regex(R"(\nADDED_COLUMNS = \{([^}]*)\})")));
  std::set<std::string> out;
  std::string listed = set[1];
  std::regex quoted(R"rx("([^"]+)")rx");
  for (auto it = std::sregex_iterator(listed.begin(), listed.end(), quoted);
       it != std::sregex_iterator(); ++it)
    out.insert((*it)[1]);
  return out;
}

}  // namespace

TEST_SUITE("db/schema") {
  TEST_CASE("every table and view the migrations make is in the registry") {
    Migrated m;
    for (const auto& [table, type] : live_tables(m.db))
      if (!registered(table))
        FAIL_CHECK("the migrations make " << type << " " << table
                                          << ", which the schema registry (lib/clerk/db/"
                                             "schema.cpp) does not list");
  }

  TEST_CASE("every table and column the registry names exists") {
    Migrated m;
    auto live = live_tables(m.db);
    std::set<std::string_view> seen;
    for (const auto& t : db::schema_tables()) {
      CAPTURE(t.name);
      if (!seen.insert(t.name).second) FAIL_CHECK("the registry lists " << t.name << " twice");
      auto it = live.find(str(t.name));
      if (it == live.end()) {
        FAIL_CHECK("the registry lists " << t.name << ", which the migrations do not make");
        continue;
      }
      CHECK_MESSAGE(t.view == (it->second == "view"), t.name << " is a " << it->second);
      auto columns = live_columns(m.db, str(t.name));
      auto require = [&](std::string_view column, const char* as) {
        if (!columns.count(str(column)))
          FAIL_CHECK("the registry names " << t.name << "." << column << " as " << as
                                           << ", which the table does not have");
      };
      for (const auto& r : t.contact_references) require(r.column, "a contact reference");
      for (const auto& p : t.personal) require(p.column, "a personal column");
      for (const auto& a : t.added_columns) require(a, "an added column");
      if (t.audited()) require("id", "audited (an audited table's key)");
    }
  }

  TEST_CASE("every column that refers to a contact is a registered contact reference") {
    Migrated m;
    for (const auto& [table, type] : live_tables(m.db)) {
      // A view holds no ids of its own: those it shows are its table's, registered there.
      if (type == "view") continue;
      const db::SchemaTable* t = registered(table);
      std::set<std::string> referring;
      db::Statement fk(
          m.db, R"(SELECT "from" FROM pragma_foreign_key_list(?) WHERE "table" = 'contact')");
      fk.bind(1, table);
      while (fk.step()) referring.insert(fk.column(0).text());
      // Also a contact id kept without a foreign key (the access log outlives its contacts).
      for (const auto& column : live_columns(m.db, table))
        if (column == "contact_id" || column.ends_with("_contact_id")) referring.insert(column);
      for (const auto& column : referring)
        if (!t || !reference(*t, column))
          FAIL_CHECK(table << "." << column
                           << " holds a contact id but is not a contact reference in the schema "
                              "registry (say what contact merge and subject access do with it)");
    }
  }

  TEST_CASE("every table has a retention decision") {
    for (const auto& t : db::schema_tables())
      if (t.retention == db::Retention::undecided)
        FAIL_CHECK(t.name << " has no retention decision in the schema registry"
                          << (t.audited() ? " (it is audited)" : ""));
  }

  TEST_CASE("what merge, subject access and retention do with a table fits the table") {
    for (const auto& t : db::schema_tables()) {
      CAPTURE(t.name);
      for (const auto& r : t.contact_references)
        if (r.merge == db::OnMerge::repoint && !t.audited())
          FAIL_CHECK("merge repoints " << t.name << "." << r.column
                                       << " but the trail does not audit " << t.name);
      bool deletes = t.retention_deletes_rows();
      for (const auto& p : t.personal) {
        if (p.scan == db::SarScan::scanned && t.sar.key.empty())
          FAIL_CHECK(t.name << "." << p.column
                            << " is scanned for subject access but the table has no section");
        if (deletes != (p.erase == db::Erase::with_row))
          FAIL_CHECK(t.name << "." << p.column
                            << ": retention either deletes a table's rows or erases columns");
        if (p.erase != db::Erase::keep &&
            (t.retention == db::Retention::kept || t.retention == db::Retention::none))
          FAIL_CHECK(t.name << "." << p.column << " is erased but no retention policy covers "
                            << t.name);
      }
    }
  }

  TEST_CASE("a column added to a table that held rows is known by its name alone, as in Python") {
    Migrated m;
    std::set<std::string> added;
    for (const auto& t : db::schema_tables()) {
      for (const auto& column : t.added_columns) {
        added.insert(str(column));
        // The row hash tells an added column by its name: no other table may have one so named.
        for (const auto& [table, type] : live_tables(m.db))
          if (table != t.name && live_columns(m.db, table).count(str(column)))
            FAIL_CHECK(table << " has a column " << column << ", the name of a column added to "
                             << t.name << ": the row hash would leave both out while NULL");
      }
    }
    CHECK(python_added_columns() == added);
  }
}
