#include "clerk/report/expenses_report.hpp"

#include "clerk/db/connection.hpp"
#include "clerk/expense/mileage.hpp"
#include "clerk/report/sections.hpp"

namespace clerk::report {
namespace {

const char* group_expression(ExpenseGrouping by) {
  switch (by) {
    case ExpenseGrouping::claimant:
      return "s.login";
    case ExpenseGrouping::category:
      return "e.category";
    case ExpenseGrouping::budget:
      return "e.budget_code";
    case ExpenseGrouping::month:
      return "substr(e.spent_on, 1, 7)";
  }
  return "e.category";
}

const char* group_label(ExpenseGrouping by) {
  switch (by) {
    case ExpenseGrouping::claimant:
      return "Claimant";
    case ExpenseGrouping::category:
      return "Category";
    case ExpenseGrouping::budget:
      return "Budget";
    case ExpenseGrouping::month:
      return "Month";
  }
  return "";
}

void add_to(ExpenseTotals& total, const ExpenseTotals& part) {
  total.items += part.items;
  total.amount = total.amount + part.amount;
  total.vat = total.vat + part.vat;
  total.miles_tenths += part.miles_tenths;
  total.mileage = total.mileage + part.mileage;
  total.paid = total.paid + part.paid;
  total.awaiting = total.awaiting + part.awaiting;
}

}  // namespace

ExpenseFigures expense_figures(Context& ctx, const Period& period, ExpenseGrouping by) {
  ExpenseFigures out;
  out.period = period;
  // One pass in SQLite over the period's slice of the (spent_on, ...) index.
  db::Statement q(ctx.db(),
                  std::string("SELECT ") + group_expression(by) +
                      ", count(*), sum(e.amount_pence), sum(e.vat_pence), "
                      // Miles are whole (INTEGER) or to a tenth (REAL): summed as whole tenths.
                      "sum(CASE WHEN e.vehicle IS NOT NULL AND e.paid_by IS NULL"
                      " THEN CAST(round(e.miles * 10) AS INTEGER) ELSE 0 END), "
                      "sum(CASE WHEN e.vehicle IS NOT NULL THEN e.amount_pence ELSE 0 END), "
                      "sum(CASE WHEN e.status = 'paid' THEN e.amount_pence ELSE 0 END), "
                      "sum(CASE WHEN e.status = 'submitted' THEN e.amount_pence ELSE 0 END) "
                      "FROM expense e JOIN staff s ON s.id = e.claimant_id "
                      "WHERE e.spent_on >= :from AND e.spent_on < :to "
                      "AND e.status IN ('submitted', 'approved', 'paid') GROUP BY 1 ORDER BY 1");
  q.bind(":from", period.from.iso());
  q.bind(":to", period.to.iso());
  while (q.step()) {
    ExpenseTotals t;
    t.group = q.column(0).text();
    t.items = q.column(1).int64();
    t.amount = Money::from_pence(q.column(2).int64());
    t.vat = Money::from_pence(q.column(3).int64());
    t.miles_tenths = q.column(4).int64();
    t.mileage = Money::from_pence(q.column(5).int64());
    t.paid = Money::from_pence(q.column(6).int64());
    t.awaiting = Money::from_pence(q.column(7).int64());
    add_to(out.total, t);
    out.groups.push_back(std::move(t));
  }
  return out;
}

void add_expenses(render::Document& doc, const ExpenseFigures& f, ExpenseGrouping by) {
  using render::Kind;
  doc.blocks.emplace_back(
      RecordBuilder{}
          .add("items", "Items claimed", Kind::integer, f.total.items)
          .add("amount", "Total", Kind::money, f.total.amount)
          .add("vat", "VAT", Kind::money, f.total.vat)
          .add("miles", "Mileage miles", Kind::decimal, expense::miles_text(f.total.miles_tenths))
          .add("mileage", "Mileage cost", Kind::money, f.total.mileage)
          .add("paid", "Paid", Kind::money, f.total.paid)
          .add("awaiting_approval", "Awaiting approval", Kind::money, f.total.awaiting)
          .section("expense_summary", "Expenses claimed"));
  render::Table t{{{word(by), group_label(by), Kind::text},
                   {"items", "Items", Kind::integer},
                   {"amount", "Total", Kind::money},
                   {"vat", "VAT", Kind::money},
                   {"miles", "Miles", Kind::decimal},
                   {"mileage", "Mileage", Kind::money},
                   {"paid", "Paid", Kind::money}},
                  {}};
  for (const auto& g : f.groups)
    t.rows.push_back({g.group, g.items, g.amount, g.vat, expense::miles_text(g.miles_tenths),
                      g.mileage, g.paid});
  section(doc, "expenses", "By " + word(by), std::move(t));
}

}  // namespace clerk::report
