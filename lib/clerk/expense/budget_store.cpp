#include "clerk/expense/budget_store.hpp"

#include <map>

#include <SQLiteCpp/Statement.h>

namespace clerk::expense {

std::optional<Budget> find_budget(SQLite::Database& db, const std::string& code, int fy) {
  SQLite::Statement q(
      db, "SELECT id, code, fy, name, amount_pence FROM expense_budget WHERE code = ? AND fy = ?");
  q.bind(1, code);
  q.bind(2, fy);
  if (!q.executeStep()) return std::nullopt;
  return Budget{q.getColumn(0).getInt64(), q.getColumn(1).getString(), q.getColumn(2).getInt(),
                q.getColumn(3).getString(), Money::from_pence(q.getColumn(4).getInt64())};
}

int64_t insert_budget(SQLite::Database& db, const Budget& b) {
  SQLite::Statement q(db, R"(
    INSERT INTO expense_budget (code, fy, name, amount_pence) VALUES (:code, :fy, :name, :amount))");
  q.bind(":code", b.code);
  q.bind(":fy", b.fy);
  if (b.name.empty())
    q.bind(":name");
  else
    q.bind(":name", b.name);
  q.bind(":amount", b.amount.pence());
  q.exec();
  return db.getLastInsertRowid();
}

void update_budget(SQLite::Database& db, const Budget& b) {
  SQLite::Statement q(
      db, "UPDATE expense_budget SET name = :name, amount_pence = :amount WHERE id = :id");
  if (b.name.empty())
    q.bind(":name");
  else
    q.bind(":name", b.name);
  q.bind(":amount", b.amount.pence());
  q.bind(":id", b.id);
  q.exec();
}

std::vector<BudgetLine> budget_lines(SQLite::Database& db, int fy) {
  Period year = financial_year(fy);
  std::map<std::string, BudgetLine> lines;
  SQLite::Statement budgets(db, "SELECT code, name, amount_pence FROM expense_budget WHERE fy = ?");
  budgets.bind(1, fy);
  while (budgets.executeStep()) {
    BudgetLine& line = lines[budgets.getColumn(0).getString()];
    line.code = budgets.getColumn(0).getString();
    line.name = budgets.getColumn(1).getString();
    line.budget = Money::from_pence(budgets.getColumn(2).getInt64());
  }
  // One pass over the year's range of the covering index expense_budget_use.
  SQLite::Statement sums(db, R"(
    SELECT budget_code,
           sum(CASE WHEN status IN ('submitted', 'approved') THEN amount_pence ELSE 0 END),
           sum(CASE WHEN status = 'paid' THEN amount_pence ELSE 0 END)
    FROM expense
    WHERE spent_on >= :from AND spent_on < :to AND status IN ('submitted', 'approved', 'paid')
    GROUP BY budget_code)");
  sums.bind(":from", year.from.iso());
  sums.bind(":to", year.to.iso());
  while (sums.executeStep()) {
    BudgetLine& line = lines[sums.getColumn(0).getString()];
    line.code = sums.getColumn(0).getString();
    line.committed = Money::from_pence(sums.getColumn(1).getInt64());
    line.spent = Money::from_pence(sums.getColumn(2).getInt64());
  }
  std::vector<BudgetLine> out;
  for (auto& [code, line] : lines) out.push_back(std::move(line));
  return out;
}

Money approved_and_paid(SQLite::Database& db, const std::string& code, const Period& year) {
  SQLite::Statement q(db, R"(
    SELECT coalesce(sum(amount_pence), 0) FROM expense
    WHERE budget_code = :code AND spent_on >= :from AND spent_on < :to
      AND status IN ('approved', 'paid'))");
  q.bind(":code", code);
  q.bind(":from", year.from.iso());
  q.bind(":to", year.to.iso());
  q.executeStep();
  return Money::from_pence(q.getColumn(0).getInt64());
}

}  // namespace clerk::expense
