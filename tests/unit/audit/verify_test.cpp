#include "clerk/audit/verify.hpp"

#include <doctest/doctest.h>

#include <SQLiteCpp/Statement.h>
#include <unistd.h>

#include <filesystem>

#include "clerk/audit/sha256.hpp"
#include "clerk/core/clock.hpp"
#include "clerk/db/database.hpp"
#include "clerk/db/migrations.hpp"
#include "clerk/db/write.hpp"

using namespace clerk;

namespace {

// A migrated database in a temporary file (verify reads it as a real database would be read).
struct TempDatabase {
  std::filesystem::path path;
  std::unique_ptr<SQLite::Database> db;
  TempDatabase() {
    std::string name = (std::filesystem::temp_directory_path() / "clerk-verify-XXXXXX").string();
    int fd = mkstemp(name.data());
    ::close(fd);
    std::filesystem::remove(name);
    path = name;
    db = db::open(path, {db::OpenMode::create, 5000});
    db::migrate(*db);
    SQLite::Statement meta(*db, "INSERT INTO meta (key, value) VALUES ('database_id', ?)");
    meta.bind(1, audit::random_hex(16));
    meta.exec();
  }
  ~TempDatabase() {
    db.reset();
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path.string() + suffix);
  }
};

void add_contacts(SQLite::Database& db, int n) {
  Clock clock(Date::from_ymd(2026, 11, 24));
  db::WriteContext ctx{db, "admin", "test", clock};
  for (int i = 0; i < n; ++i)
    db::write(ctx, [&](db::Writer& w) {
      SQLite::Statement ins(
          w.db(),
          "INSERT INTO contact (kind, name, created_on) VALUES ('person', ?, '2026-11-24')");
      ins.bind(1, "Person " + std::to_string(i));
      ins.exec();
      w.inserted("contact", w.db().getLastInsertRowid());
    });
}

}  // namespace

TEST_SUITE("audit/verify") {
  TEST_CASE("a trail of many blocks verifies, and a change deep in it is named by its entry") {
    TempDatabase t;
    add_contacts(*t.db, 1300);
    auto clean = audit::verify(*t.db);
    CHECK(clean.ok());
    CHECK(clean.entries == 1300);
    CHECK(clean.rows_checked == 1300);
    CHECK(clean.head_seq == 1300);

    t.db->exec("DROP TRIGGER audit_log_no_update");
    t.db->exec("UPDATE audit_log SET actor = 'mallory' WHERE seq = 1234");
    auto tampered = audit::verify(*t.db);
    REQUIRE_FALSE(tampered.ok());
    REQUIRE(tampered.findings.size() == 1);
    CHECK(tampered.findings[0].check == "chain");
    CHECK(tampered.findings[0].seq == 1234);
  }

  TEST_CASE("an erased payload is counted as redacted and the chain still verifies") {
    TempDatabase t;
    add_contacts(*t.db, 3);
    t.db->exec("DELETE FROM audit_payload WHERE seq = 2");
    auto report = audit::verify(*t.db);
    CHECK(report.ok());
    CHECK(report.redacted == 1);
  }

  TEST_CASE("a redacted entry's command line may be blanked, but not altered, nor kept alone") {
    TempDatabase t;
    add_contacts(*t.db, 3);
    // Blanking needs the payload gone too: its salt is what commits to the command.
    t.db->exec("DELETE FROM audit_payload WHERE seq = 2");
    t.db->exec("UPDATE audit_log SET command = '' WHERE seq = 2");
    auto report = audit::verify(*t.db);
    CHECK(report.ok());
    CHECK(report.redacted == 1);

    CHECK_THROWS(t.db->exec("UPDATE audit_log SET command = 'other' WHERE seq = 3"));
    t.db->exec("UPDATE audit_log SET command = '' WHERE seq = 3");
    auto kept = audit::verify(*t.db);
    REQUIRE(kept.findings.size() == 1);
    CHECK(kept.findings[0].check == "payload");
    CHECK(kept.findings[0].seq == 3);
  }

  TEST_CASE("a changed command line of a v2 entry breaks its hash") {
    TempDatabase t;
    add_contacts(*t.db, 2);
    t.db->exec("DROP TRIGGER audit_log_redact_only");
    t.db->exec("UPDATE audit_log SET command = 'clerk something else' WHERE seq = 1");
    auto report = audit::verify(*t.db);
    REQUIRE(report.findings.size() == 1);
    CHECK(report.findings[0].check == "payload");
  }
}
