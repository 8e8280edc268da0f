#include "clerk/expense/claim_store.hpp"

#include <array>
#include <cmath>

#include "clerk/core/error.hpp"
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

// Miles are stored as miles: whole miles as an INTEGER, as every row was before claims took a
// decimal place, and 7.5 as a REAL (the column's INTEGER affinity keeps a REAL that is not
// whole), so rows written before keep their values and their audited hashes. A tenth is read
// back exactly by rounding.
trail::StoredValue stored_miles(int64_t tenths) {
  if (tenths % 10 == 0) return tenths / 10;
  return double(tenths) / 10;
}

int64_t stored_tenths(const SQLite::Column& column) {
  if (column.isNull()) return 0;
  if (column.isInteger()) return column.getInt64() * 10;
  return std::llround(column.getDouble() * 10);
}

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
  c.status = parse_word<Status>(q.getColumn(10).getString());
  if (!q.getColumn(11).isNull()) c.vehicle = parse_word<Vehicle>(q.getColumn(11).getString());
  c.miles_tenths = stored_tenths(q.getColumn(12));
  c.passengers = q.getColumn(13).getInt();
  c.from = q.getColumn(14).getString();
  c.to = q.getColumn(15).getString();
  c.miles_before_tenths = stored_tenths(q.getColumn(16));
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

// The table's columns, in the order of kParams (the same order): what every write binds and a
// bulk load hashes.
const std::vector<std::string>& claim_columns() {
  static const std::vector<std::string> columns = {
      "claimant_id", "spent_on",     "category",    "description", "amount_pence",
      "vat_pence",   "receipt",      "budget_code", "status",      "vehicle",
      "miles",       "passengers",   "from_place",  "to_place",    "miles_before",
      "paid_by",     "submitted_on", "decided_by",  "decided_on",  "override",
      "reason",      "paid_on",      "payment_id",  "created_on",  "id"};
  return columns;
}

// A claim as the values of claim_columns(): an absent date, id or optional text is NULL.
std::vector<trail::StoredValue> claim_values(const Claim& c) {
  using trail::StoredValue, trail::stored_optional, trail::stored_text_or_null;
  std::vector<StoredValue> v(kParams.size());
  v[0] = c.claimant_id;
  v[1] = c.date.iso();
  v[2] = c.category;
  v[3] = c.description;
  v[4] = c.amount.pence();
  v[5] = c.vat.pence();
  v[6] = stored_text_or_null(c.receipt);
  v[7] = c.budget;
  v[8] = word(c.status);
  if (c.vehicle) {
    v[9] = word(*c.vehicle);
    v[10] = stored_miles(c.miles_tenths);
    v[11] = int64_t(c.passengers);
    v[14] = stored_miles(c.miles_before_tenths);
  }
  v[12] = stored_text_or_null(c.from);
  v[13] = stored_text_or_null(c.to);
  v[15] = stored_text_or_null(c.paid_by);
  v[16] = stored_optional(c.submitted_on);
  if (c.decided_by_id) v[17] = c.decided_by_id;
  v[18] = stored_optional(c.decided_on);
  v[19] = int64_t(c.override ? 1 : 0);
  v[20] = stored_text_or_null(c.reason);
  v[21] = stored_optional(c.paid_on);
  if (c.payment_id) v[22] = *c.payment_id;
  v[23] = c.created_on.iso();
  v[24] = c.id;
  return v;
}

// Binds every column of `c` by the indexes `p` (0: the statement lacks that parameter).
void bind_claim(SQLite::Statement& q, const std::vector<int>& p, const Claim& c) {
  const auto values = claim_values(c);
  for (size_t i = 0; i < values.size(); ++i) {
    if (!p[i]) continue;
    if (const auto* n = std::get_if<int64_t>(&values[i]))
      q.bind(p[i], *n);
    else if (const auto* r = std::get_if<double>(&values[i]))
      q.bind(p[i], *r);
    else if (const auto* t = std::get_if<std::string>(&values[i]))
      q.bind(p[i], *t);
    else
      q.bind(p[i]);
  }
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
  if (f.status) q.bind(":status", word(*f.status));
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

ClaimInserter::ClaimInserter(SQLite::Database& db)
    : db_(db),
      rows_(db, "expense", claim_columns()),
      existing_(claim_count(db)),
      next_id_(db.execAndGet("SELECT coalesce(max(id), 0) + 1 FROM expense").getInt64()) {
  // Sorting for rebuilt indexes may use a second core.
  db.exec("PRAGMA threads = 2");
}

ClaimInserter::~ClaimInserter() = default;

ClaimInserter::Row ClaimInserter::prepare(Claim claim) {
  claim.id = next_id_++;
  Row row{claim.id, claim_values(claim), {}};
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
