#include "clerk/expense/budget_store.hpp"

#include <map>

#include "clerk/db/connection.hpp"

namespace clerk::expense {

std::optional<Budget> find_budget(db::Connection& db, const std::string& code, int fy) {
  db::Statement q(
      db, "SELECT id, code, fy, name, amount_pence FROM expense_budget WHERE code = ? AND fy = ?");
  q.bind(1, code);
  q.bind(2, fy);
  if (!q.step()) return std::nullopt;
  return Budget{q.column(0).int64(), q.column(1).text(), q.column(2).as_int(), q.column(3).text(),
                Money::from_pence(q.column(4).int64())};
}

int64_t insert_budget(db::Connection& db, const Budget& b) {
  db::Statement q(db, R"(
    INSERT INTO expense_budget (code, fy, name, amount_pence) VALUES (:code, :fy, :name, :amount))");
  q.bind(":code", b.code);
  q.bind(":fy", b.fy);
  if (b.name.empty())
    q.bind_null(":name");
  else
    q.bind(":name", b.name);
  q.bind(":amount", b.amount.pence());
  q.exec();
  return db.last_insert_id();
}

void update_budget(db::Connection& db, const Budget& b) {
  db::Statement q(db,
                  "UPDATE expense_budget SET name = :name, amount_pence = :amount WHERE id = :id");
  if (b.name.empty())
    q.bind_null(":name");
  else
    q.bind(":name", b.name);
  q.bind(":amount", b.amount.pence());
  q.bind(":id", b.id);
  q.exec();
}

std::vector<BudgetLine> budget_lines(db::Connection& db, int fy) {
  Period year = financial_year(fy);
  std::map<std::string, BudgetLine> lines;
  db::Statement budgets(db, "SELECT code, name, amount_pence FROM expense_budget WHERE fy = ?");
  budgets.bind(1, fy);
  while (budgets.step()) {
    BudgetLine& line = lines[budgets.column(0).text()];
    line.code = budgets.column(0).text();
    line.name = budgets.column(1).text();
    line.budget = Money::from_pence(budgets.column(2).int64());
  }
  // One pass over the year's range of the covering index expense_budget_use.
  db::Statement sums(db, R"(
    SELECT budget_code,
           sum(CASE WHEN status IN ('submitted', 'approved') THEN amount_pence ELSE 0 END),
           sum(CASE WHEN status = 'paid' THEN amount_pence ELSE 0 END)
    FROM expense
    WHERE spent_on >= :from AND spent_on < :to AND status IN ('submitted', 'approved', 'paid')
    GROUP BY budget_code)");
  sums.bind(":from", year.from.iso());
  sums.bind(":to", year.to.iso());
  while (sums.step()) {
    BudgetLine& line = lines[sums.column(0).text()];
    line.code = sums.column(0).text();
    line.committed = Money::from_pence(sums.column(1).int64());
    line.spent = Money::from_pence(sums.column(2).int64());
  }
  std::vector<BudgetLine> out;
  for (auto& [code, line] : lines) out.push_back(std::move(line));
  return out;
}

Money approved_and_paid(db::Connection& db, const std::string& code, const Period& year) {
  db::Statement q(db, R"(
    SELECT coalesce(sum(amount_pence), 0) FROM expense
    WHERE budget_code = :code AND spent_on >= :from AND spent_on < :to
      AND status IN ('approved', 'paid'))");
  q.bind(":code", code);
  q.bind(":from", year.from.iso());
  q.bind(":to", year.to.iso());
  q.step();
  return Money::from_pence(q.column(0).int64());
}

}  // namespace clerk::expense
