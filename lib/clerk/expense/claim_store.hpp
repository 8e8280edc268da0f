// The expense and expense_payment tables' SQL.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include "clerk/core/period.hpp"
#include "clerk/db/suspended_schema.hpp"
#include "clerk/expense/claim.hpp"
#include "clerk/expense/payment.hpp"

namespace clerk::expense {

std::optional<Claim> find_claim(SQLite::Database& db, int64_t id);

struct ClaimFilter {
  std::optional<int64_t> claimant_id;
  std::optional<Status> status;
  std::string category;
  std::string budget;
  std::optional<Period> period;
  bool in_id_order = false;  // as recorded (an export, so an import recreates the same ids)
};
// Calls `each` for every matching item in date order (or id order), streaming.
void for_each_claim(SQLite::Database& db, const ClaimFilter& filter,
                    const std::function<void(const Claim&)>& each);

int64_t insert_claim(SQLite::Database& db, const Claim& claim);
void update_claim(SQLite::Database& db, const Claim& claim);
void delete_claim(SQLite::Database& db, int64_t id);

// Car and van miles the claimant has in `tax_year` on items not rejected, leaving out item
// `except` (the one being recomputed): what counts toward the AMAP threshold before a journey.
int64_t car_miles(SQLite::Database& db, int64_t claimant_id, const Period& tax_year,
                  int64_t except = 0);
// Ids of the claimant's drafts dated in `period`, oldest first.
std::vector<int64_t> draft_ids(SQLite::Database& db, int64_t claimant_id, const Period& period);
// Approved items dated up to and including `through`, by claimant then date.
std::vector<Claim> approved_through(SQLite::Database& db, Date through);

int64_t insert_payment(SQLite::Database& db, const PaymentBatch& batch);

int64_t claim_count(SQLite::Database& db);

// A bulk load of the expense table inside the caller's transaction: one prepared INSERT reused
// for every row. With `rebuild_indexes` the table's indexes are dropped first and built again
// by finish(): sorting a million keys once is far faster than a million random index inserts
// through a small page cache (worth it when the load is large beside the table).
class ClaimInserter {
 public:
  ClaimInserter(SQLite::Database& db, bool rebuild_indexes);
  int64_t insert(const Claim& claim);
  // Builds the dropped indexes again; must be called before the transaction commits.
  void finish();

 private:
  SQLite::Database& db_;
  SQLite::Statement stmt_;
  std::vector<int> params_;  // parameter indexes, looked up once rather than per row
  std::optional<db::SuspendedSchema> indexes_;  // dropped while a large import inserts
};

}  // namespace clerk::expense
