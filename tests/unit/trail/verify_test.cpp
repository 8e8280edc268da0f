#include "clerk/trail/verify.hpp"

#include <SQLiteCpp/Statement.h>
#include <doctest/doctest.h>

#include <algorithm>

#include "../temp_database.hpp"
#include "clerk/core/clock.hpp"
#include "clerk/core/sha256.hpp"
#include "clerk/db/connection.hpp"
#include "clerk/db/database.hpp"
#include "clerk/db/migrations.hpp"
#include "clerk/db/sqlite_connection.hpp"
#include "clerk/trail/trail.hpp"
#include "clerk/trail/write.hpp"

using namespace clerk;

namespace {

// A migrated database in a temporary file (verify reads it as a real database would be read),
// with the database id `init` sets: the chain's first link derives from it.
struct TrailDatabase : TempDatabase {
  TrailDatabase() {
    db::Statement meta(*db, "INSERT INTO meta (key, value) VALUES ('database_id', ?)");
    meta.bind(1, random_hex(16));
    meta.exec();
  }
};

void add_contacts(db::Connection& db, int n) {
  Clock clock(Date::from_ymd(2026, 11, 24));
  trail::WriteContext ctx{db, "admin", "test", clock};
  for (int i = 0; i < n; ++i)
    trail::write(ctx, [&](trail::Writer& w) {
      db::Statement ins(
          w.db(),
          "INSERT INTO contact (kind, name, created_on) VALUES ('person', ?, '2026-11-24')");
      ins.bind(1, "Person " + std::to_string(i));
      ins.exec();
      w.inserted("contact", w.db().last_insert_id());
    });
}

// Inserts `n` contacts in one write with one batch entry, as an import does; returns the ids.
std::pair<int64_t, int64_t> import_contacts(db::Connection& db, int n) {
  Clock clock(Date::from_ymd(2026, 11, 24));
  trail::WriteContext ctx{db, "admin", "test", clock};
  return trail::write(ctx, [&](trail::Writer& w) {
    db::Statement ins(
        w.db(), "INSERT INTO contact (kind, name, created_on) VALUES ('person', ?, '2026-11-24')");
    int64_t first = 0, last = 0;
    for (int i = 0; i < n; ++i) {
      ins.bind(1, "Imported " + std::to_string(i));
      ins.exec();
      ins.reset();
      last = w.db().last_insert_id();
      if (!first) first = last;
    }
    w.batch("contact", first, last, "import", R"({"rows":)" + std::to_string(n) + "}");
    return std::pair{first, last};
  });
}

std::vector<std::string> checks(const trail::VerifyReport& report) {
  std::vector<std::string> out;
  for (const auto& f : report.findings) out.push_back(f.check);
  return out;
}

}  // namespace

TEST_SUITE("audit/verify") {
  TEST_CASE("a bulk write's rows are packed by runs of ids and verify row by row") {
    TrailDatabase t;
    add_contacts(*t.db, 2);
    auto [first, last] = import_contacts(*t.db, 2500);
    CHECK(first == 3);
    CHECK(last == 2502);
    // 2,500 consecutive ids: runs of 1024, 1024 and 452.
    CHECK(t.db->query_int("SELECT count(*) FROM audit_batch_hashes") == 3);
    CHECK(t.db->query_int("SELECT sum(length(hashes)) FROM audit_batch_hashes") == 2500 * 32);
    auto clean = trail::verify(*t.db);
    CHECK(clean.ok());
    CHECK(clean.rows_checked == 2502);

    SUBCASE("an imported row edited behind the tool's back") {
      t.db->exec("UPDATE contact SET name = 'Eve' WHERE id = 2000");
      auto report = trail::verify(*t.db);
      REQUIRE(report.findings.size() == 1);
      CHECK(report.findings[0].check == "row-changed");
      CHECK(report.findings[0].entity_id == 2000);
    }
    SUBCASE("a stored row hash replaced to match an edit") {
      t.db->exec("DROP TRIGGER audit_batch_hashes_no_update");
      std::string blob =
          t.db->query_text("SELECT hashes FROM audit_batch_hashes WHERE first_id = 3");
      std::fill(blob.begin(), blob.begin() + 32, '\0');
      SQLite::Statement set(*t.sqlite,
                            "UPDATE audit_batch_hashes SET hashes = ? WHERE first_id = 3");
      set.bind(1, blob.data(), int(blob.size()));
      set.exec();
      auto report = trail::verify(*t.db);
      CHECK(checks(report) == std::vector<std::string>{"batch", "row-unrecorded"});
      CHECK(report.findings[1].entity_id == 3);
    }
    SUBCASE("a batch's hashes deleted together with its rows") {
      t.db->exec("DROP TRIGGER audit_batch_hashes_no_delete");
      t.db->exec("DELETE FROM audit_batch_hashes WHERE first_id > 1000");
      t.db->exec("DELETE FROM contact WHERE id > 1026");
      auto report = trail::verify(*t.db);
      CHECK(checks(report) == std::vector<std::string>{"batch"});
    }
    SUBCASE("hashes moved to another kind of record") {
      t.db->exec("DROP TRIGGER audit_batch_hashes_no_update");
      t.db->exec("UPDATE audit_batch_hashes SET entity = 'staff' WHERE first_id = 3");
      auto report = trail::verify(*t.db);
      REQUIRE(report.finding_count > 1);
      CHECK(report.findings[0].check == "batch");
      CHECK(report.findings[0].problem.find("outside") != std::string::npos);
    }
    SUBCASE("runs with forged ranges are reported, without reading past their blobs") {
      t.db->exec("PRAGMA ignore_check_constraints = ON");
      t.db->exec("DROP TRIGGER audit_batch_hashes_no_update");
      t.db->exec("UPDATE audit_batch_hashes SET last_id = 9223372036854775807 WHERE first_id = 3");
      t.db->exec(
          "UPDATE audit_batch_hashes SET first_id = 9223372036854775807, last_id = 2051 "
          "WHERE first_id = 2051");
      auto report = trail::verify(*t.db);
      REQUIRE_FALSE(report.ok());
      CHECK(report.findings[0].check == "batch");
    }
    SUBCASE("hashes recorded under an entry that is not a bulk one") {
      t.db->exec(
          "INSERT INTO audit_batch_hashes (seq, entity, first_id, last_id, hashes) "
          "VALUES (1, 'contact', 1, 1, zeroblob(32))");
      auto report = trail::verify(*t.db);
      REQUIRE_FALSE(report.ok());
      CHECK(report.findings[0].check == "batch");
      CHECK(report.findings[0].seq == 1);
    }
  }

  TEST_CASE("a later batch that reuses deleted ids overrides the earlier one's hashes") {
    TrailDatabase t;
    import_contacts(*t.db, 10);
    Clock clock(Date::from_ymd(2026, 11, 24));
    trail::WriteContext ctx{*t.db, "admin", "test", clock};
    // Deleting the highest ids lets SQLite hand them out again.
    for (int64_t id : {10, 9, 8})
      trail::write(ctx, [&](trail::Writer& w) {
        auto before = w.before("contact", id);
        w.db().exec("DELETE FROM contact WHERE id = " + std::to_string(id));
        w.deleted(before);
      });
    auto [first, last] = import_contacts(*t.db, 5);
    CHECK(first == 8);
    CHECK(last == 12);
    auto report = trail::verify(*t.db);
    CHECK(report.ok());
    CHECK(report.rows_checked == 12);
  }

  TEST_CASE("batches written before schema 9 (one text row per record) still verify") {
    TrailDatabase t;
    import_contacts(*t.db, 3);
    // Rewrite the batch as an older clerk stored it: rows in audit_batch_row, rule v1.
    int64_t seq = t.db->query_int("SELECT seq FROM audit_log WHERE entity_id_to IS NOT NULL");
    std::vector<std::pair<int64_t, std::string>> rows;
    {
      db::Statement q(*t.db, "SELECT first_id, hashes FROM audit_batch_hashes");
      while (q.step()) {
        std::string bytes(q.column(1).blob());
        for (size_t i = 0; i * 32 < bytes.size(); ++i)
          rows.emplace_back(q.column(0).int64() + int64_t(i),
                            to_hex(*digest_from_bytes(bytes.substr(i * 32, 32))));
      }
    }
    trail::BatchHashV1 v1(int64_t(rows.size()));
    for (const auto& [id, hash] : rows) {
      v1.add(id, hash);
      db::Statement ins(*t.db, "INSERT INTO audit_batch_row VALUES (?, 'contact', ?, ?)");
      ins.bind(1, seq);
      ins.bind(2, id);
      ins.bind(3, hash);
      ins.exec();
    }
    t.db->exec("DROP TRIGGER audit_batch_hashes_no_delete");
    t.db->exec("DELETE FROM audit_batch_hashes");
    // The entry commits to the v1 hash: rebuild its hash and the chain after it.
    t.db->exec("DROP TRIGGER audit_log_no_update");
    std::string v1_hash = v1.hex_digest();
    db::Statement set(*t.db, "UPDATE audit_log SET row_hash_after = ? WHERE seq = ?");
    set.bind(1, v1_hash);
    set.bind(2, seq);
    set.exec();
    {
      trail::Entry e;
      db::Statement q(*t.db, R"(
        SELECT seq, ts_utc, actor, command, action, entity, entity_id, entity_id_to,
               payload_commit, row_hash_after, prev_hash, command_commit
        FROM audit_log WHERE seq = ?)");
      q.bind(1, seq);
      REQUIRE(q.step());
      e.seq = seq;
      e.ts_utc = q.column(1).text();
      e.actor = q.column(2).text();
      e.command = q.column(3).text();
      e.action = q.column(4).text();
      e.entity = q.column(5).text();
      e.entity_id = q.column(6).int64();
      e.entity_id_to = q.column(7).int64();
      e.payload_commit = q.column(8).text();
      e.row_hash_after = q.column(9).text();
      e.prev_hash = q.column(10).text();
      e.command_commit = q.column(11).text();
      db::Statement fix(*t.db, "UPDATE audit_log SET entry_hash = ? WHERE seq = ?");
      fix.bind(1, trail::compute_entry_hash(e));
      fix.bind(2, seq);
      fix.exec();
    }
    auto report = trail::verify(*t.db);
    CHECK(report.ok());
    CHECK(report.rows_checked == 3);

    t.db->exec("DROP TRIGGER audit_batch_row_no_update");
    t.db->exec("UPDATE audit_batch_row SET row_hash = upper(row_hash) WHERE entity_id = 2");
    auto altered = trail::verify(*t.db);
    CHECK(checks(altered) == std::vector<std::string>{"batch"});
  }

  TEST_CASE("an in-memory database is verified on one connection") {
    SQLite::Database db(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db::migrate(db);
    db.exec("INSERT INTO meta (key, value) VALUES ('database_id', 'x')");
    auto connection = db::sqlite_connection(db);
    add_contacts(*connection, 3);
    import_contacts(*connection, 4);
    auto report = trail::verify(db);
    CHECK(report.ok());
    CHECK(report.rows_checked == 7);
  }

  TEST_CASE("a trail of many blocks verifies, and a change deep in it is named by its entry") {
    TrailDatabase t;
    add_contacts(*t.db, 1300);
    auto clean = trail::verify(*t.db);
    CHECK(clean.ok());
    CHECK(clean.entries == 1300);
    CHECK(clean.rows_checked == 1300);
    CHECK(clean.head_seq == 1300);

    t.db->exec("DROP TRIGGER audit_log_no_update");
    t.db->exec("UPDATE audit_log SET actor = 'mallory' WHERE seq = 1234");
    auto tampered = trail::verify(*t.db);
    REQUIRE_FALSE(tampered.ok());
    REQUIRE(tampered.findings.size() == 1);
    CHECK(tampered.findings[0].check == "chain");
    CHECK(tampered.findings[0].seq == 1234);
  }

  TEST_CASE("an erased payload is counted as redacted and the chain still verifies") {
    TrailDatabase t;
    add_contacts(*t.db, 3);
    t.db->exec("DELETE FROM audit_payload WHERE seq = 2");
    auto report = trail::verify(*t.db);
    CHECK(report.ok());
    CHECK(report.redacted == 1);
  }

  TEST_CASE("a redacted entry's command line may be blanked, but not altered, nor kept alone") {
    TrailDatabase t;
    add_contacts(*t.db, 3);
    // Blanking needs the payload gone too: its salt is what commits to the command.
    t.db->exec("DELETE FROM audit_payload WHERE seq = 2");
    t.db->exec("UPDATE audit_log SET command = '' WHERE seq = 2");
    auto report = trail::verify(*t.db);
    CHECK(report.ok());
    CHECK(report.redacted == 1);

    CHECK_THROWS(t.db->exec("UPDATE audit_log SET command = 'other' WHERE seq = 3"));
    t.db->exec("UPDATE audit_log SET command = '' WHERE seq = 3");
    auto kept = trail::verify(*t.db);
    REQUIRE(kept.findings.size() == 1);
    CHECK(kept.findings[0].check == "payload");
    CHECK(kept.findings[0].seq == 3);
  }

  TEST_CASE("a changed command line of a v2 entry breaks its hash") {
    TrailDatabase t;
    add_contacts(*t.db, 2);
    t.db->exec("DROP TRIGGER audit_log_redact_only");
    t.db->exec("UPDATE audit_log SET command = 'clerk something else' WHERE seq = 1");
    auto report = trail::verify(*t.db);
    REQUIRE(report.findings.size() == 1);
    CHECK(report.findings[0].check == "payload");
  }
}
