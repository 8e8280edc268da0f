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
};
// Calls `each` for every matching item in date order, streaming.
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

// One prepared INSERT reused for every row of a bulk import.
class ClaimInserter {
 public:
  explicit ClaimInserter(SQLite::Database& db);
  int64_t insert(const Claim& claim);

 private:
  SQLite::Database& db_;
  SQLite::Statement stmt_;
  std::vector<int> params_;  // parameter indexes, looked up once rather than per row
};

}  // namespace clerk::expense
