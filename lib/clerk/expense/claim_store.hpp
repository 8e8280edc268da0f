// The expense and expense_payment tables' SQL.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "clerk/core/period.hpp"
#include "clerk/db/connection.hpp"
#include "clerk/db/raw_statement.hpp"
#include "clerk/db/suspended_schema.hpp"
#include "clerk/expense/claim.hpp"
#include "clerk/expense/payment.hpp"
#include "clerk/trail/batch_inserter.hpp"
#include "clerk/trail/row_image.hpp"
#include "clerk/trail/write.hpp"

namespace clerk::expense {

std::optional<Claim> find_claim(db::Connection& db, int64_t id);

struct ClaimFilter {
  std::optional<int64_t> claimant_id;
  std::optional<Status> status;
  std::string category;
  std::string budget;
  std::optional<Period> period;
  bool in_id_order = false;  // as recorded (an export, so an import recreates the same ids)
  // Set by limit_to_own (claim_visibility.hpp) when it narrowed the list to the acting member
  // of staff's own items; with `hidden`, the items of everyone else instead.
  bool own_only = false;
  bool hidden = false;
};
// Calls `each` for every matching item in date order (or id order), streaming.
void for_each_claim(db::Connection& db, const ClaimFilter& filter,
                    const std::function<void(const Claim&)>& each);

// How many items match `filter`.
int64_t count_claims(db::Connection& db, const ClaimFilter& filter);

int64_t insert_claim(db::Connection& db, const Claim& claim);
void update_claim(db::Connection& db, const Claim& claim);
void delete_claim(db::Connection& db, int64_t id);

// Car and van miles, in tenths, the claimant has in `tax_year` on items not rejected, leaving out
// item `except` (the one being recomputed): what counts toward the AMAP threshold before a journey.
int64_t car_miles(db::Connection& db, int64_t claimant_id, const Period& tax_year,
                  int64_t except = 0);
// Ids of the claimant's drafts dated in `period`, oldest first.
std::vector<int64_t> draft_ids(db::Connection& db, int64_t claimant_id, const Period& period);
// Approved items dated up to and including `through`, by claimant then date.
std::vector<Claim> approved_through(db::Connection& db, Date through);

int64_t insert_payment(db::Connection& db, const PaymentBatch& batch);

int64_t claim_count(db::Connection& db);

// A bulk load of the expense table inside the caller's transaction: one prepared INSERT reused
// for every row. Each row's audit hash is taken from the values it is written with (prepare(),
// which may run on another thread; see trail::BatchInserter). Once the load has outgrown the table
// (and at least kRebuildFrom rows), the table's indexes are dropped and finish() builds them again:
// sorting a million keys once is far faster than a million random index inserts through a small
// cache.
class ClaimInserter {
 public:
  static constexpr int64_t kRebuildFrom = 10000;
  // Rows written at a time where the backend keeps them until written (db::BulkLoad).
  static constexpr size_t kWriteEvery = 50000;

  explicit ClaimInserter(db::Connection& db);
  ~ClaimInserter();

  // A claim's row ready to insert: its id (the next one), column values and audit hash.
  // prepare() calls must come in insertion order, from one thread at a time.
  struct Row {
    int64_t id = 0;
    std::vector<trail::StoredValue> values;
    Digest hash{};
  };
  Row prepare(Claim claim);
  void insert(const Row& row);
  int64_t insert(const Claim& claim);  // prepare and insert; returns the id

  // Builds the dropped indexes again, checks the sample, and writes the load's one batch audit
  // entry (action "import", body `summary_json`); must be called before the transaction commits.
  void finish(trail::Writer& w, std::string summary_json);
  std::optional<int64_t> first_id() const { return rows_.first_id(); }
  int64_t last_id() const { return rows_.last_id(); }

 private:
  db::Connection& db_;
  trail::BatchInserter rows_;
  std::optional<db::SuspendedSchema> indexes_;  // dropped while a large import inserts
  int64_t existing_;                            // rows in the table before the load
  int64_t next_id_;
  int64_t inserted_ = 0;
};

}  // namespace clerk::expense
