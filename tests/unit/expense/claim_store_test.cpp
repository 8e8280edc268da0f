#include "clerk/expense/claim_store.hpp"

#include <doctest/doctest.h>

#include "../temp_database.hpp"
#include "clerk/core/clock.hpp"
#include "clerk/core/error.hpp"
#include "clerk/db/database.hpp"
#include "clerk/db/migrations.hpp"
#include "clerk/expense/budget_store.hpp"
#include "clerk/people/staff_store.hpp"
#include "clerk/trail/verify.hpp"

using namespace clerk;
using namespace clerk::expense;

namespace {

Date d(const char* iso) { return Date::parse_iso(iso, "test"); }

int64_t add_staff(db::Connection& db, const char* login) {
  people::Staff s;
  s.login = login;
  s.name = login;
  s.created_on = d("2026-01-01");
  return people::insert_staff(db, s);
}

Claim journey(int64_t claimant, const char* date, int64_t miles, Status status = Status::draft) {
  Claim c;
  c.claimant_id = claimant;
  c.date = d(date);
  c.category = "mileage";
  c.description = "visit";
  c.budget = "TRAVEL";
  c.amount = Money::from_pence(miles * 45);
  c.vehicle = Vehicle::car;
  c.miles_tenths = miles * 10;
  c.status = status;
  c.created_on = d("2026-11-24");
  return c;
}

}  // namespace

TEST_SUITE("claim_store") {
  TEST_CASE("a bulk load hashes rows from their values exactly as verify reads them back") {
    TempDatabase t;
    t.db->exec("INSERT INTO meta (key, value) VALUES ('database_id', 'test')");
    int64_t sam = add_staff(*t.db, "sam");
    int64_t jo = add_staff(*t.db, "jo");
    Clock clock(d("2026-11-24"));
    trail::WriteContext ctx{*t.db, "admin", "test", clock};
    // More rows than kRebuildFrom, so the indexes are dropped and built again on the way.
    const int n = int(ClaimInserter::kRebuildFrom) + 500;
    trail::write(ctx, [&](trail::Writer& w) {
      ClaimInserter bulk(w.db());
      for (int i = 0; i < n; ++i) {
        Claim c = journey(i % 2 ? sam : jo, i % 3 ? "2026-06-01" : "2026-11-20", 1 + i % 40,
                          i % 5 ? Status::paid : Status::approved);
        if (i % 7 == 0) {
          c.vehicle.reset();
          c.category = "travel";
          c.vat = Money::from_pence(i);
          c.receipt = "R" + std::to_string(i);
        }
        if (i % 5 == 0) {
          c.decided_by_id = i % 2 ? jo : sam;
          c.decided_on = d("2026-11-23");
          c.override = i % 10 == 0;
        }
        if (i % 11 == 0) c.description = "Tŷ Hywel — visit, \"quoted\"";
        CHECK(bulk.insert(c) == 1 + i);
      }
      bulk.finish(w, R"({"rows":1})");
    });
    CHECK(claim_count(*t.db) == n);
    CHECK(t.db->query_int("SELECT count(*) FROM sqlite_schema WHERE tbl_name = 'expense' AND "
                          "type = 'index' AND sql IS NOT NULL") == 3);
    // The staff were added behind the trail's back here; every expense row must match.
    auto report = trail::verify(*t.db);
    for (const auto& f : report.findings) CHECK(f.entity == "staff");
    CHECK(report.finding_count == 2);
    CHECK(report.rows_checked == n + 2);
  }

  TEST_CASE("a bulk load refuses to hash rows without every column of the table") {
    TempDatabase t;
    std::vector<std::string> columns = {"id", "claimant_id"};
    CHECK_THROWS_AS(trail::ValueRowHasher(*t.db, "expense", columns), clerk::Error);
  }

  TEST_CASE("a claimant's car miles count per tax year, from 6 April") {
    TempDatabase t;
    int64_t sam = add_staff(*t.db, "sam");
    int64_t jo = add_staff(*t.db, "jo");
    insert_claim(*t.db, journey(sam, "2026-04-05", 100));  // tax year 2025-26
    int64_t first = insert_claim(*t.db, journey(sam, "2026-04-06", 200));
    insert_claim(*t.db, journey(sam, "2027-04-05", 300));
    insert_claim(*t.db, journey(sam, "2026-09-01", 1'000, Status::rejected));
    insert_claim(*t.db, journey(jo, "2026-09-01", 5'000));
    auto bike = journey(sam, "2026-09-01", 50);
    bike.vehicle = Vehicle::bicycle;
    insert_claim(*t.db, bike);
    CHECK(car_miles(*t.db, sam, tax_year(2025)) == 1'000);  // in tenths
    CHECK(car_miles(*t.db, sam, tax_year(2026)) == 5'000);
    CHECK(car_miles(*t.db, sam, tax_year(2026), first) == 3'000);
    auto half = journey(sam, "2026-09-02", 0);
    half.miles_tenths = 75;
    insert_claim(*t.db, half);
    CHECK(car_miles(*t.db, sam, tax_year(2026)) == 5'075);
  }

  TEST_CASE("items round-trip through the table with every field") {
    TempDatabase t;
    int64_t sam = add_staff(*t.db, "sam");
    int64_t jo = add_staff(*t.db, "jo");
    Claim c = journey(sam, "2026-11-20", 30, Status::approved);
    c.passengers = 1;
    c.from = "Cardiff";
    c.to = "Newport";
    c.miles_before_tenths = 99'900;
    c.decided_by_id = jo;
    c.decided_on = d("2026-11-23");
    c.override = true;
    c.id = insert_claim(*t.db, c);
    auto back = find_claim(*t.db, c.id);
    REQUIRE(back.has_value());
    CHECK(back->claimant == "sam");
    CHECK(back->decided_by == "jo");
    CHECK(back->miles_before_tenths == 99'900);
    CHECK(back->miles_tenths == 300);
    CHECK(back->override);
    CHECK(back->to == "Newport");
    CHECK_FALSE(back->paid_on.has_value());
  }

  TEST_CASE("decimal miles are stored as REAL and read back exactly: whole miles stay INTEGER") {
    TempDatabase t;
    int64_t sam = add_staff(*t.db, "sam");
    Claim whole = journey(sam, "2026-11-20", 12);
    Claim tenth = journey(sam, "2026-11-20", 0);
    tenth.miles_tenths = 73;  // 7.3 has no exact binary form: read back by rounding to a tenth
    tenth.miles_before_tenths = 99'995;
    whole.id = insert_claim(*t.db, whole);
    tenth.id = insert_claim(*t.db, tenth);
    CHECK(find_claim(*t.db, whole.id)->miles_tenths == 120);
    CHECK(find_claim(*t.db, tenth.id)->miles_tenths == 73);
    CHECK(find_claim(*t.db, tenth.id)->miles_before_tenths == 99'995);
    db::Statement q(*t.db, "SELECT typeof(miles), typeof(miles_before) FROM expense ORDER BY id");
    REQUIRE(q.step());
    CHECK(q.column(0).text() == "integer");
    REQUIRE(q.step());
    CHECK(q.column(0).text() == "real");
    CHECK(q.column(1).text() == "real");
  }

  TEST_CASE("budget lines sum committed and spent per code within the financial year") {
    TempDatabase t;
    int64_t sam = add_staff(*t.db, "sam");
    insert_budget(*t.db, {0, "TRAVEL", 2026, "Travel", Money::from_pence(100'000)});
    insert_claim(*t.db, journey(sam, "2026-03-31", 100, Status::paid));  // FY 2025
    insert_claim(*t.db, journey(sam, "2026-04-01", 100, Status::paid));
    insert_claim(*t.db, journey(sam, "2026-06-01", 100, Status::approved));
    insert_claim(*t.db, journey(sam, "2026-06-02", 100, Status::submitted));
    insert_claim(*t.db, journey(sam, "2026-06-03", 100, Status::draft));
    insert_claim(*t.db, journey(sam, "2026-06-04", 100, Status::rejected));
    auto other = journey(sam, "2026-06-05", 10, Status::paid);
    other.budget = "PHONE";
    insert_claim(*t.db, other);
    auto lines = budget_lines(*t.db, 2026);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0].code == "PHONE");
    CHECK_FALSE(lines[0].budget.has_value());
    CHECK(lines[1].code == "TRAVEL");
    CHECK(lines[1].spent.pence() == 4'500);
    CHECK(lines[1].committed.pence() == 9'000);
    CHECK(approved_and_paid(*t.db, "TRAVEL", financial_year(2026)).pence() == 9'000);
  }
}
