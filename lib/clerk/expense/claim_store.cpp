#include "clerk/expense/claim_store.hpp"

#include "clerk/core/error.hpp"
#include "clerk/db/sqlite_connection.hpp"
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

Claim from_row(db::Statement& q) {
  Claim c = claim_record().from_row(q);
  c.claimant = q.column(claim_record().size()).text();
  c.decided_by = q.column(claim_record().size() + 1).text();
  return c;
}

}  // namespace

std::optional<Claim> find_claim(db::Connection& db, int64_t id) {
  db::Statement q(db, select_claims() + " WHERE e.id = ?");
  q.bind(1, id);
  if (!q.step()) return std::nullopt;
  return from_row(q);
}

namespace {

// The filter's conditions, appended to a statement over `expense e`.
std::string where_clause(const ClaimFilter& f) {
  std::string sql = " WHERE 1 = 1";
  if (f.claimant_id)
    sql += f.hidden ? " AND e.claimant_id <> :claimant" : " AND e.claimant_id = :claimant";
  if (f.status) sql += " AND e.status = :status";
  if (!f.category.empty()) sql += " AND e.category = :category";
  if (!f.budget.empty()) sql += " AND e.budget_code = :budget";
  if (f.period) sql += " AND e.spent_on >= :from AND e.spent_on < :to";
  return sql;
}

void bind_filter(db::Statement& q, const ClaimFilter& f) {
  if (f.claimant_id) q.bind(":claimant", *f.claimant_id);
  if (f.status) q.bind(":status", word(*f.status));
  if (!f.category.empty()) q.bind(":category", f.category);
  if (!f.budget.empty()) q.bind(":budget", f.budget);
  if (f.period) {
    q.bind(":from", f.period->from.iso());
    q.bind(":to", f.period->to.iso());
  }
}

}  // namespace

void for_each_claim(db::Connection& db, const ClaimFilter& f,
                    const std::function<void(const Claim&)>& each) {
  std::string sql = select_claims() + where_clause(f);
  sql += f.in_id_order ? " ORDER BY e.id" : " ORDER BY e.spent_on, e.id";
  db::Statement q(db, sql);
  bind_filter(q, f);
  while (q.step()) each(from_row(q));
}

int64_t count_claims(db::Connection& db, const ClaimFilter& f) {
  db::Statement q(db, "SELECT count(*) FROM expense e" + where_clause(f));
  bind_filter(q, f);
  q.step();
  return q.column(0).int64();
}

int64_t insert_claim(db::Connection& db, const Claim& c) { return claim_record().insert(db, c); }

void update_claim(db::Connection& db, const Claim& c) { claim_record().update(db, c); }

void delete_claim(db::Connection& db, int64_t id) {
  db::Statement q(db, "DELETE FROM expense WHERE id = ?");
  q.bind(1, id);
  q.exec();
}

int64_t car_miles(db::Connection& db, int64_t claimant_id, const Period& tax_year, int64_t except) {
  db::Statement q(db, R"(
    SELECT coalesce(sum(CAST(round(miles * 10) AS INTEGER)), 0) FROM expense
    WHERE claimant_id = :claimant AND spent_on >= :from AND spent_on < :to
      AND vehicle = 'car' AND status <> 'rejected' AND id <> :except)");
  q.bind(":claimant", claimant_id);
  q.bind(":from", tax_year.from.iso());
  q.bind(":to", tax_year.to.iso());
  q.bind(":except", except);
  q.step();
  return q.column(0).int64();
}

std::vector<int64_t> draft_ids(db::Connection& db, int64_t claimant_id, const Period& period) {
  db::Statement q(db, R"(
    SELECT id FROM expense
    WHERE claimant_id = :claimant AND spent_on >= :from AND spent_on < :to AND status = 'draft'
    ORDER BY spent_on, id)");
  q.bind(":claimant", claimant_id);
  q.bind(":from", period.from.iso());
  q.bind(":to", period.to.iso());
  std::vector<int64_t> out;
  while (q.step()) out.push_back(q.column(0).int64());
  return out;
}

std::vector<Claim> approved_through(db::Connection& db, Date through) {
  db::Statement q(db, select_claims() +
                          " WHERE e.status = 'approved' AND e.spent_on <= :through"
                          " ORDER BY s.login, e.spent_on, e.id");
  q.bind(":through", through.iso());
  std::vector<Claim> out;
  while (q.step()) out.push_back(from_row(q));
  return out;
}

int64_t insert_payment(db::Connection& db, const PaymentBatch& b) {
  db::Statement q(db, R"(
    INSERT INTO expense_payment (paid_on, through, reference, items, total_pence)
    VALUES (:paid_on, :through, :reference, :items, :total))");
  q.bind(":paid_on", b.paid_on.iso());
  q.bind(":through", b.through.iso());
  if (b.reference.empty())
    q.bind_null(":reference");
  else
    q.bind(":reference", b.reference);
  q.bind(":items", b.items);
  q.bind(":total", b.total.pence());
  q.exec();
  return db.last_insert_id();
}

int64_t claim_count(db::Connection& db) { return db.query_int("SELECT count(*) FROM expense"); }

ClaimInserter::ClaimInserter(db::Connection& db)
    : db_(db),
      rows_(db_, "expense", claim_record().column_names()),
      existing_(claim_count(db)),
      next_id_(db.query_int("SELECT coalesce(max(id), 0) + 1 FROM expense")) {
  // Sorting for rebuilt indexes may use a second core.
  if (db.backend() == db::Backend::sqlite) db.exec("PRAGMA threads = 2");
}

ClaimInserter::~ClaimInserter() = default;

ClaimInserter::Row ClaimInserter::prepare(Claim claim) {
  claim.id = next_id_++;
  Row row{claim.id, claim_record().values(claim), {}};
  row.hash = rows_.hash(row.values);
  return row;
}

void ClaimInserter::insert(const Row& row) {
  // Once the load outgrows the table (and is not small), SQLite's indexes are dropped, to be
  // built again by finish(); the statement is prepared again by SQLite on its next step.
  // (PostgreSQL's COPY keeps its indexes: it fills them as fast as it would rebuild them.)
  if (db_.backend() == db::Backend::sqlite && !indexes_ && ++inserted_ > existing_ &&
      inserted_ >= kRebuildFrom)
    indexes_.emplace(db::sqlite(db_), "index", "expense");
  rows_.insert(row.id, row.values, row.hash);
  if (rows_.pending() >= kWriteEvery) rows_.flush();
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
