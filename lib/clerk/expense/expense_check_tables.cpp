#include "clerk/expense/expense_check_tables.hpp"

#include <string>

namespace clerk::expense {

std::vector<render::Column> expense_finding_columns() {
  using render::Kind;
  return {{"severity", "Severity", Kind::text}, {"check", "Check", Kind::text},
          {"claimant", "Claimant", Kind::text}, {"date", "Date", Kind::date},
          {"amount", "Amount", Kind::money},    {"items", "Items", Kind::text},
          {"detail", "Detail", Kind::text}};
}

std::vector<render::Cell> expense_finding_cells(const ExpenseFinding& f) {
  std::string items;
  for (size_t i = 0; i < f.items.size(); ++i) items += (i ? " " : "") + std::to_string(f.items[i]);
  return {word(f.severity), f.check, f.claimant, f.date, f.amount, items, f.detail};
}

}  // namespace clerk::expense
