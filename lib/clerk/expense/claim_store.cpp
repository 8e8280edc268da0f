#include "clerk/expense/claim_store.hpp"

#include <array>

#include "clerk/db/columns.hpp"

namespace clerk::expense {
namespace {

constexpr const char* kSelect = R"(
  SELECT e.id, e.claimant_id, s.login, e.spent_on, e.category, e.description, e.amount_pence,
         e.vat_pence, e.receipt, e.budget_code, e.status, e.vehicle, e.miles, e.passengers,
         e.from_place, e.to_place, e.miles_before, e.paid_by, e.submitted_on, e.decided_by,
         d.login, e.decided_on, e.override, e.reason, e.paid_on, e.payment_id, e.created_on
  FROM expense e JOIN staff s ON s.id = e.claimant_id LEFT JOIN staff d ON d.id = e.decided_by)";

// The columns every write sets, in the order of kParams' parameters.
constexpr std::array<const char*, 25> kParams = {
    ":claimant", ":spent_on",     ":category",   ":description", ":amount",
    ":vat",      ":receipt",      ":budget",     ":status",      ":vehicle",
    ":miles",    ":passengers",   ":from_place", ":to_place",    ":miles_before",
    ":paid_by",  ":submitted_on", ":decided_by", ":decided_on",  ":override",
    ":reason",   ":paid_on",      ":payment",    ":created_on",  ":id"};

constexpr const char* kInsert = R"(
  INSERT INTO expense (claimant_id, spent_on, category, description, amount_pence, vat_pence,
                       receipt, budget_code, status, vehicle, miles, passengers, from_place,
                       to_place, miles_before, paid_by, submitted_on, decided_by, decided_on,
                       override, reason, paid_on, payment_id, created_on)
  VALUES (:claimant, :spent_on, :category, :description, :amount, :vat, :receipt, :budget,
          :status, :vehicle, :miles, :passengers, :from_place, :to_place, :miles_before,
          :paid_by, :submitted_on, :decided_by, :decided_on, :override, :reason, :paid_on,
          :payment, :created_on))";

Claim from_row(SQLite::Statement& q) {
  Claim c;
  c.id = q.getColumn(0).getInt64();
  c.claimant_id = q.getColumn(1).getInt64();
  c.claimant = q.getColumn(2).getString();
  c.date = Date::parse_iso(q.getColumn(3).getString(), "expense.spent_on");
  c.category = q.getColumn(4).getString();
  c.description = q.getColumn(5).getString();
  c.amount = Money::from_pence(q.getColumn(6).getInt64());
  c.vat = Money::from_pence(q.getColumn(7).getInt64());
  c.receipt = q.getColumn(8).getString();
  c.budget = q.getColumn(9).getString();
  c.status = parse_status(q.getColumn(10).getString());
  if (!q.getColumn(11).isNull()) c.vehicle = parse_vehicle(q.getColumn(11).getString());
  c.miles = q.getColumn(12).getInt64();
  c.passengers = q.getColumn(13).getInt();
  c.from = q.getColumn(14).getString();
  c.to = q.getColumn(15).getString();
  c.miles_before = q.getColumn(16).getInt64();
  c.paid_by = q.getColumn(17).getString();
  c.submitted_on = db::optional_date(q.getColumn(18));
  c.decided_by_id = q.getColumn(19).getInt64();
  c.decided_by = q.getColumn(20).getString();
  c.decided_on = db::optional_date(q.getColumn(21));
  c.override = q.getColumn(22).getInt() != 0;
  c.reason = q.getColumn(23).getString();
  c.paid_on = db::optional_date(q.getColumn(24));
  if (!q.getColumn(25).isNull()) c.payment_id = q.getColumn(25).getInt64();
  c.created_on = Date::parse_iso(q.getColumn(26).getString(), "expense.created_on");
  return c;
}

std::vector<int> param_indexes(const SQLite::Statement& q) {
  std::vector<int> out;
  for (const char* name : kParams) out.push_back(q.getIndex(name));
  return out;
}

// Binds every column of `c` by the indexes `p` (0: the statement lacks that parameter).
void bind_claim(SQLite::Statement& q, const std::vector<int>& p, const Claim& c) {
  auto text = [&](size_t i, const std::string& v) {
    if (v.empty())
      q.bind(p[i]);
    else
      q.bind(p[i], v);
  };
  auto date = [&](size_t i, const std::optional<Date>& d) {
    if (d)
      q.bind(p[i], d->iso());
    else
      q.bind(p[i]);
  };
  q.bind(p[0], c.claimant_id);
  q.bind(p[1], c.date.iso());
  q.bind(p[2], c.category);
  q.bind(p[3], c.description);
  q.bind(p[4], c.amount.pence());
  q.bind(p[5], c.vat.pence());
  text(6, c.receipt);
  q.bind(p[7], c.budget);
  q.bind(p[8], std::string(status_name(c.status)));
  if (c.vehicle) {
    q.bind(p[9], std::string(vehicle_name(*c.vehicle)));
    q.bind(p[10], c.miles);
    q.bind(p[11], c.passengers);
    q.bind(p[14], c.miles_before);
  } else {
    for (size_t i : {9, 10, 11, 14}) q.bind(p[i]);
  }
  text(12, c.from);
  text(13, c.to);
  text(15, c.paid_by);
  date(16, c.submitted_on);
  if (c.decided_by_id)
    q.bind(p[17], c.decided_by_id);
  else
    q.bind(p[17]);
  date(18, c.decided_on);
  q.bind(p[19], c.override ? 1 : 0);
  text(20, c.reason);
  date(21, c.paid_on);
  if (c.payment_id)
    q.bind(p[22], *c.payment_id);
  else
    q.bind(p[22]);
  q.bind(p[23], c.created_on.iso());
  if (p[24]) q.bind(p[24], c.id);
}

}  // namespace

std::optional<Claim> find_claim(SQLite::Database& db, int64_t id) {
  SQLite::Statement q(db, std::string(kSelect) + " WHERE e.id = ?");
  q.bind(1, id);
  if (!q.executeStep()) return std::nullopt;
  return from_row(q);
}

void for_each_claim(SQLite::Database& db, const ClaimFilter& f,
                    const std::function<void(const Claim&)>& each) {
  std::string sql = std::string(kSelect) + " WHERE 1 = 1";
  if (f.claimant_id) sql += " AND e.claimant_id = :claimant";
  if (f.status) sql += " AND e.status = :status";
  if (!f.category.empty()) sql += " AND e.category = :category";
  if (!f.budget.empty()) sql += " AND e.budget_code = :budget";
  if (f.period) sql += " AND e.spent_on >= :from AND e.spent_on < :to";
  sql += f.in_id_order ? " ORDER BY e.id" : " ORDER BY e.spent_on, e.id";
  SQLite::Statement q(db, sql);
  if (f.claimant_id) q.bind(":claimant", *f.claimant_id);
  if (f.status) q.bind(":status", std::string(status_name(*f.status)));
  if (!f.category.empty()) q.bind(":category", f.category);
  if (!f.budget.empty()) q.bind(":budget", f.budget);
  if (f.period) {
    q.bind(":from", f.period->from.iso());
    q.bind(":to", f.period->to.iso());
  }
  while (q.executeStep()) each(from_row(q));
}

int64_t insert_claim(SQLite::Database& db, const Claim& c) {
  SQLite::Statement q(db, kInsert);
  bind_claim(q, param_indexes(q), c);
  q.exec();
  return db.getLastInsertRowid();
}

void update_claim(SQLite::Database& db, const Claim& c) {
  SQLite::Statement q(db, R"(
    UPDATE expense SET claimant_id = :claimant, spent_on = :spent_on, category = :category,
      description = :description, amount_pence = :amount, vat_pence = :vat, receipt = :receipt,
      budget_code = :budget, status = :status, vehicle = :vehicle, miles = :miles,
      passengers = :passengers, from_place = :from_place, to_place = :to_place,
      miles_before = :miles_before, paid_by = :paid_by, submitted_on = :submitted_on,
      decided_by = :decided_by, decided_on = :decided_on, override = :override,
      reason = :reason, paid_on = :paid_on, payment_id = :payment, created_on = :created_on
    WHERE id = :id)");
  bind_claim(q, param_indexes(q), c);
  q.exec();
}

void delete_claim(SQLite::Database& db, int64_t id) {
  SQLite::Statement q(db, "DELETE FROM expense WHERE id = ?");
  q.bind(1, id);
  q.exec();
}

int64_t car_miles(SQLite::Database& db, int64_t claimant_id, const Period& tax_year,
                  int64_t except) {
  SQLite::Statement q(db, R"(
    SELECT coalesce(sum(miles), 0) FROM expense
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
  SQLite::Statement q(db, std::string(kSelect) +
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

ClaimInserter::ClaimInserter(SQLite::Database& db, bool rebuild_indexes)
    : db_(db), stmt_(db, kInsert), params_(param_indexes(stmt_)) {
  if (rebuild_indexes) indexes_.emplace(db, "index", "expense");
}

void ClaimInserter::finish() {
  if (indexes_) indexes_->restore();
}

int64_t ClaimInserter::insert(const Claim& c) {
  bind_claim(stmt_, params_, c);
  stmt_.exec();
  stmt_.reset();
  return db_.getLastInsertRowid();
}

}  // namespace clerk::expense
