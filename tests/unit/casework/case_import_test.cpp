#include "clerk/casework/case_import.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <sstream>

#include "clerk/admin/init_ops.hpp"
#include "clerk/casework/case_store.hpp"
#include "clerk/core/error.hpp"
#include "clerk/db/database.hpp"
#include "clerk/db/migrations.hpp"
#include "clerk/db/sqlite_connection.hpp"
#include "clerk/people/contact_ops.hpp"
#include "clerk/people/contact_store.hpp"
#include "clerk/people/staff_ops.hpp"
#include "clerk/trail/verify.hpp"

using namespace clerk;
using namespace clerk::casework;

namespace {

// A new clerk database in a throwaway directory, as `clerk init` makes it, with two staff.
struct TempOffice {
  std::filesystem::path dir;
  std::unique_ptr<Context> ctx;
  TempOffice() {
    char name[] = "/tmp/clerk-unit-XXXXXX";
    dir = mkdtemp(name);
    SessionOptions options;
    options.db_path = dir / "clerk.db";
    options.config_path = dir / "config.toml";
    options.user = "admin";
    options.today = Date::parse_iso("2026-11-24", "test");
    options.command_line = "test";
    ctx = std::make_unique<Context>(options);
    admin::init_database(*ctx, "Admin");
    people::add_staff(*ctx, "tom", "Tom", {});
    people::add_staff(*ctx, "fatima", "Fatima", {});
  }
  ~TempOffice() {
    ctx.reset();
    std::filesystem::remove_all(dir);
  }
  ImportSummary import(const std::string& text) {
    return import_cases(
        *ctx, [&] { return std::make_unique<std::istringstream>(text); }, "test.csv", false);
  }
  std::string table(const char* sql) {
    db::Statement q(ctx->db(), sql);
    std::string out;
    while (q.step()) {
      for (int i = 0; i < q.column_count(); ++i) out += (i ? "|" : "") + q.column(i).text();
      out += "\n";
    }
    return out;
  }
};

// Rows of every kind of field: statuses with their dates, optional text blank and not,
// assignees, extensions, Welsh and quoted text, and contacts named again (in other cases).
std::string varied_cases(int rows) {
  const char* statuses[] = {"open", "awaiting", "escalated", "closed", "reopened"};
  const char* types[] = {"enquiry", "casework", "complaint", "foi", "sar"};
  std::ostringstream csv;
  csv << "ref,type,subject,contact,contact_email,contact_phone,contact_address,category,channel,"
         "priority,marking,status,outcome,received_on,acknowledged_on,assignee,body,awaiting_on,"
         "follow_up_on,escalated_on,closed_on,extension_months\n";
  for (int i = 0; i < rows; ++i) {
    std::string status = statuses[i % 5], type = types[i % 7 % 5];
    std::string name = i % 13 == 0 ? "Siân Ŵyn" : "Resident " + std::to_string(i % 4000);
    if (i % 3 == 0) name = "RESIDENT " + std::to_string(i % 4000);  // the same, by NOCASE
    csv << (i % 4 == 0 ? "" : "C-2025-" + std::to_string(10000 + i)) << "," << type << ","
        << (i % 11 == 0 ? "\"Damp, mould and \"\"black spots\"\"\"" : "Bins " + std::to_string(i))
        << "," << name << "," << (i % 2 ? "" : "r" + std::to_string(i % 4000) + "@example.org")
        << "," << (i % 5 ? "" : "07700 900123") << ","
        << (i % 6 ? "" : "\"1 Heol y Bont, Cardiff\"") << ",housing,letter,"
        << (i % 9 ? "normal" : "urgent") << "," << (i % 8 ? "OFFICIAL" : "OFFICIAL-SENSITIVE")
        << "," << status << "," << (status == "closed" ? "resolved" : "") << ",2025-0" << 1 + i % 9
        << "-1" << i % 10 << "," << (i % 2 ? "2025-10-01" : "") << "," << (i % 3 ? "tom" : "")
        << "," << (i % 4 ? "Cardiff Council" : "") << ","
        << (status == "awaiting" ? "Landlord" : "") << ","
        << (status == "awaiting" ? "2026-12-01" : "") << ","
        << (status == "escalated" ? "2025-11-01" : "") << ","
        << (status == "closed" ? "2025-11-02" : "") << "," << (type == "sar" ? i % 3 : 0) << "\n";
  }
  return csv.str();
}

}  // namespace

TEST_SUITE("case_import") {
  TEST_CASE("imported rows hash as verify reads them back, and contacts are matched") {
    TempOffice t;
    people::ContactFields existing;
    existing.name = "resident 5";  // matched by "Resident 5" (case aside), no email, below
    people::add_contact(*t.ctx, existing);
    // More than CaseBulk::kRebuildFrom, so the load drops and rebuilds indexes on the way.
    const int n = int(CaseBulk::kRebuildFrom) + 700;
    ImportSummary s = t.import(varied_cases(n));
    CHECK(s.cases == n);
    CHECK(t.table("SELECT count(*) FROM cases") == std::to_string(n) + "\n");
    CHECK(t.table("SELECT count(*) FROM contact") == std::to_string(1 + s.contacts_created) + "\n");
    CHECK(t.table("SELECT count(*) FROM contact WHERE name = 'resident 5'") == "1\n");
    CHECK(t.table("SELECT count(*) FROM cases WHERE contact_id = 1") != "0\n");
    auto report = trail::verify(t.ctx->db());
    for (const auto& f : report.findings) CHECK(f.problem == "");
    CHECK(report.finding_count == 0);
    CHECK(report.rows_checked >= n + s.contacts_created);
    // Every index is back, and the search index holds every case.
    CHECK(t.table("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND "
                  "tbl_name IN ('cases', 'contact') AND sql IS NOT NULL") == "8\n");
    CHECK(t.table("SELECT count(*) FROM case_fts WHERE rowid > 0") == std::to_string(n) + "\n");
    CHECK(t.table("PRAGMA integrity_check") == "ok\n");
  }

  TEST_CASE("without WAL the two sides take turns on one connection, with the same result") {
    const std::string csv = varied_cases(1500);
    TempOffice wal, plain;
    plain.ctx->db().exec("PRAGMA journal_mode = DELETE");
    REQUIRE(plain.table("PRAGMA journal_mode") == "delete\n");
    ImportSummary a = wal.import(csv), b = plain.import(csv);
    CHECK(a.contacts_created == b.contacts_created);
    CHECK(a.first_ref == b.first_ref);
    CHECK(a.last_ref == b.last_ref);
    const char* all = "SELECT * FROM cases ORDER BY id";
    CHECK(wal.table(all) == plain.table(all));
    const char* contacts = "SELECT * FROM contact ORDER BY id";
    CHECK(wal.table(contacts) == plain.table(contacts));
    CHECK(trail::verify(plain.ctx->db()).finding_count == 0);
  }

  TEST_CASE("blank references follow the largest the file gives, wherever it comes") {
    for (bool wal : {true, false}) {
      TempOffice t;
      if (!wal) t.ctx->db().exec("PRAGMA journal_mode = DELETE");
      // Numbering has begun (at 00001) when C-2026-00050 comes: the load starts again knowing it.
      ImportSummary s = t.import(
          "ref,subject,contact,received_on\n,A,X,2026-11-01\nC-2026-00002,B,X,2026-11-01\n"
          ",C,Y,2026-11-02\nC-2026-00050,D,Y,2026-11-03\n,E,Z,2026-11-04\n");
      CHECK(s.cases == 5);
      CHECK(t.table("SELECT ref, subject FROM cases ORDER BY id") ==
            "C-2026-00051|A\nC-2026-00002|B\nC-2026-00052|C\nC-2026-00050|D\nC-2026-00053|E\n");
      CHECK(t.table("SELECT count(*) FROM audit_log WHERE action = 'import'") == "2\n");
      CHECK(trail::verify(t.ctx->db()).finding_count == 0);
    }
  }

  TEST_CASE("references are told apart however large their numbers") {
    TempOffice t;
    ImportSummary s = t.import(
        "ref,subject,contact,received_on\nC-2025-1000001,A,X,2025-11-01\n"
        "C-2026-00001,B,X,2026-11-01\nC-2026-5000000,C,X,2026-11-01\n");
    CHECK(s.cases == 3);
    try {
      t.import(
          "ref,subject,contact,received_on\nC-2024-7000000,A,X,2024-11-01\n"
          "C-2024-7000000,B,X,2024-11-01\n");
      FAIL("imported a reference twice");
    } catch (const Error& e) {
      CHECK(std::string(e.what()).find("line 3, ref: reference C-2024-7000000 appears twice") !=
            std::string::npos);
    }
  }

  TEST_CASE("a bad row anywhere leaves nothing written") {
    TempOffice t;
    std::string csv = varied_cases(int(CaseBulk::kRebuildFrom) + 100);
    csv += ",enquiry,Late,Someone,,,,housing,email,normal,OFFICIAL,open,,2026-02-30,,,,,,,,0\n";
    try {
      t.import(csv);
      FAIL("imported a file with a bad row");
    } catch (const Error& e) {
      CHECK(std::string(e.what()).find("2026-02-30") != std::string::npos);
    }
    CHECK(t.table("SELECT count(*) FROM cases") == "0\n");
    CHECK(t.table("SELECT count(*) FROM contact") == "0\n");
    CHECK(t.table("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND "
                  "tbl_name IN ('cases', 'contact') AND sql IS NOT NULL") == "8\n");
  }
}

TEST_SUITE("contact_matcher") {
  TEST_CASE("matches stored and created contacts by name (ASCII case aside) and email") {
    char name[] = "/tmp/clerk-unit-XXXXXX";
    std::filesystem::path dir = mkdtemp(name);
    {
      auto db = db::open(dir / "clerk.db", {db::OpenMode::create, 1000});
      db::migrate(*db);
      db->exec(R"(INSERT INTO contact (id, kind, name, email, created_on) VALUES
                    (7, 'person', 'Ann Jones', NULL, '2026-01-01'),
                    (8, 'person', 'Ann Jones', 'ann@example.org', '2026-01-01'),
                    (9, 'person', 'Élise Roy', NULL, '2026-01-01'))");
      auto connection = db::sqlite_connection(*db);
      people::ContactMatcher m(*connection);
      CHECK(m.find("ann jones", "") == 7);
      CHECK(m.find("ANN JONES", "ann@example.org") == 8);
      CHECK(m.find("Ann Jones", "other@example.org") == std::nullopt);
      CHECK(m.find("Élise Roy", "") == 9);
      CHECK(m.find("élise roy", "") == std::nullopt);  // NOCASE folds ASCII letters only
      m.created("Bob Smith", "", 10);
      m.created("Bob Smith", "bob@example.org", 11);
      CHECK(m.find("BOB SMITH", "") == 10);
      CHECK(m.find("bob smith", "bob@example.org") == 11);
      CHECK(m.find("Bob Smithe", "") == std::nullopt);
      CHECK(m.find("ann jones", "") == 7);  // stored contacts come first
    }
    std::filesystem::remove_all(dir);
  }
}
