#include "clerk/expense/claim_store.hpp"

#include "clerk/core/error.hpp"
#include "clerk/expense/claim_record.hpp"

namespace clerk::expense {
namespace {

// The spec's columns, then the claimant's and the decider's logins.
const std::string& select_claims() {
  static const std::string sql =
      "SELECT " + claim_record().select_list() +
      ", s.login, d.login FROM expense e JOIN staff s ON s.id = e.claimant_id"
      " LEFT JOIN staff d ON d.id = e.decided_by";
  return sql;
}

Claim from_row(SQLite::Statement& q) {
  Claim c = claim_record().from_row(q);
  c.claimant = q.getColumn(claim_record().size()).getString();
  c.decided_by = q.getColumn(claim_record().size() + 1).getString();
  return c;
}

}  // namespace

std::optional<Claim> find_claim(SQLite::Database& db, int64_t id) {
  SQLite::Statement q(db, select_claims() + " WHERE e.id = ?");
  q.bind(1, id);
  if (!q.executeStep()) return std::nullopt;
  return from_row(q);
}

void for_each_claim(SQLite::Database& db, const ClaimFilter& f,
                    const std::function<void(const Claim&)>& each) {
  std::string sql = select_claims() + " WHERE 1 = 1";
  if (f.claimant_id) sql += " AND e.claimant_id = :claimant";
  if (f.status) sql += " AND e.status = :status";
  if (!f.category.empty()) sql += " AND e.category = :category";
  if (!f.budget.empty()) sql += " AND e.budget_code = :budget";
  if (f.period) sql += " AND e.spent_on >= :from AND e.spent_on < :to";
  sql += f.in_id_order ? " ORDER BY e.id" : " ORDER BY e.spent_on, e.id";
  SQLite::Statement q(db, sql);
  if (f.claimant_id) q.bind(":claimant", *f.claimant_id);
  if (f.status) q.bind(":status", word(*f.status));
  if (!f.category.empty()) q.bind(":category", f.category);
  if (!f.budget.empty()) q.bind(":budget", f.budget);
  if (f.period) {
    q.bind(":from", f.period->from.iso());
    q.bind(":to", f.period->to.iso());
  }
  while (q.executeStep()) each(from_row(q));
}

int64_t insert_claim(SQLite::Database& db, const Claim& c) { return claim_record().insert(db, c); }

void update_claim(SQLite::Database& db, const Claim& c) { claim_record().update(db, c); }

void delete_claim(SQLite::Database& db, int64_t id) {
  SQLite::Statement q(db, "DELETE FROM expense WHERE id = ?");
  q.bind(1, id);
  q.exec();
}

int64_t car_miles(SQLite::Database& db, int64_t claimant_id, const Period& tax_year,
                  int64_t except) {
  SQLite::Statement q(db, R"(
    SELECT coalesce(sum(CAST(round(miles * 10) AS INTEGER)), 0) FROM expense
    WHERE claimant_id = :claimant AND spent_on >= :from AND spent_on < :to
      AND vehicle = 'car' AND status <> 'rejected' AND id <> :except)");
  q.bind(":claimant", claimant_id);
  q.bind(":from", tax_year.from.iso());
  q.bind(":to", tax_year.to.iso());
  q.bind(":except", except);
  q.executeStep();
  return q.getColumn(0).getInt64();
}

std::vector<int64_t> draft_ids(SQLite::Database& db, int64_t claimant_id, const Period& period) {
  SQLite::Statement q(db, R"(
    SELECT id FROM expense
    WHERE claimant_id = :claimant AND spent_on >= :from AND spent_on < :to AND status = 'draft'
    ORDER BY spent_on, id)");
  q.bind(":claimant", claimant_id);
  q.bind(":from", period.from.iso());
  q.bind(":to", period.to.iso());
  std::vector<int64_t> out;
  while (q.executeStep()) out.push_back(q.getColumn(0).getInt64());
  return out;
}

std::vector<Claim> approved_through(SQLite::Database& db, Date through) {
  SQLite::Statement q(db, select_claims() +
                              " WHERE e.status = 'approved' AND e.spent_on <= :through"
                              " ORDER BY s.login, e.spent_on, e.id");
  q.bind(":through", through.iso());
  std::vector<Claim> out;
  while (q.executeStep()) out.push_back(from_row(q));
  return out;
}

int64_t insert_payment(SQLite::Database& db, const PaymentBatch& b) {
  SQLite::Statement q(db, R"(
    INSERT INTO expense_payment (paid_on, through, reference, items, total_pence)
    VALUES (:paid_on, :through, :reference, :items, :total))");
  q.bind(":paid_on", b.paid_on.iso());
  q.bind(":through", b.through.iso());
  if (b.reference.empty())
    q.bind(":reference");
  else
    q.bind(":reference", b.reference);
  q.bind(":items", b.items);
  q.bind(":total", b.total.pence());
  q.exec();
  return db.getLastInsertRowid();
}

int64_t claim_count(SQLite::Database& db) {
  return db.execAndGet("SELECT count(*) FROM expense").getInt64();
}

ClaimInserter::ClaimInserter(SQLite::Database& db)
    : db_(db),
      rows_(db, "expense", claim_record().column_names()),
      existing_(claim_count(db)),
      next_id_(db.execAndGet("SELECT coalesce(max(id), 0) + 1 FROM expense").getInt64()) {
  // Sorting for rebuilt indexes may use a second core.
  db.exec("PRAGMA threads = 2");
}

ClaimInserter::~ClaimInserter() = default;

ClaimInserter::Row ClaimInserter::prepare(Claim claim) {
  claim.id = next_id_++;
  Row row{claim.id, claim_record().values(claim), {}};
  row.hash = rows_.hash(row.values);
  return row;
}

void ClaimInserter::insert(const Row& row) {
  // Once the load outgrows the table (and is not small), the indexes are dropped, to be built
  // again by finish(); the statement is prepared again by SQLite on its next step.
  if (!indexes_ && ++inserted_ > existing_ && inserted_ >= kRebuildFrom)
    indexes_.emplace(db_, "index", "expense");
  rows_.insert(row.id, row.values, row.hash);
}

int64_t ClaimInserter::insert(const Claim& claim) {
  Row row = prepare(claim);
  insert(row);
  return row.id;
}

void ClaimInserter::finish(trail::Writer& w, std::string summary_json) {
  if (indexes_) indexes_->restore();
  if (!rows_.first_id()) return;
  w.batch(rows_.checked_rows(), *rows_.first_id(), rows_.last_id(), "import",
          std::move(summary_json));
}

}  // namespace clerk::expense
