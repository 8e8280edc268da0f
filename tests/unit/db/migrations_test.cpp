#include "clerk/db/migrations.hpp"

#include <doctest/doctest.h>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>
#include <sqlite3.h>

#include <string>

using namespace clerk;

TEST_SUITE("db/migrations") {
  TEST_CASE("list CHECKs on bulk-loaded tables are ORs, and still refuse other values") {
    SQLite::Database db(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec("PRAGMA foreign_keys = ON");
    // As a build of SQLite that starts connections in defensive mode would.
    sqlite3_db_config(db.getHandle(), SQLITE_DBCONFIG_DEFENSIVE, 1, static_cast<int*>(nullptr));
    db::migrate(db);
    for (const char* table : {"cases", "case_event", "diary_event", "expense"}) {
      CAPTURE(table);
      std::string sql =
          db.execAndGet(std::string("SELECT sql FROM sqlite_schema WHERE name = '") + table + "'")
              .getString();
      // An IN list of two constants is fine (SQLite tests those without a temporary index).
      for (const char* listed : {"type IN", "channel IN", "priority IN", "status IN", "kind IN"})
        CHECK(sql.find(listed) == std::string::npos);
    }
    db.exec("INSERT INTO contact (kind, name, created_on) VALUES ('person', 'A', '2026-11-24')");
    auto insert_case = [&](const std::string& type, const std::string& status) {
      SQLite::Statement q(db, R"(
        INSERT INTO cases (ref, ref_year, ref_seq, type, subject, contact_id, category, channel,
                           priority, marking, status, received_on)
        VALUES ('C-2026-00001', 2026, 1, ?, 's', 1, 'housing', 'phone', 'normal', 'OFFICIAL', ?,
                '2026-11-24'))");
      q.bind(1, type);
      q.bind(2, status);
      q.exec();
    };
    CHECK_THROWS(insert_case("complain", "open"));
    CHECK_THROWS(insert_case("complaint", "shut"));
    CHECK_NOTHROW(insert_case("complaint", "open"));
    CHECK(db.execAndGet("PRAGMA integrity_check").getString() == "ok");
  }
}
