// The expenses report: what was claimed in a period (submitted, approved or paid), grouped.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "clerk/core/money.hpp"
#include "clerk/core/period.hpp"
#include "clerk/render/document.hpp"
#include "clerk/report/report.hpp"
#include "clerk/session/context.hpp"

namespace clerk::report {

struct ExpenseTotals {
  std::string group;  // the claimant, category, budget code or month
  int64_t items = 0;
  Money amount;  // gross, VAT included; refunds are negative
  Money vat;
  int64_t miles_tenths = 0;  // mileage claimed here (not miles others paid for), in tenths
  Money mileage;             // what that mileage costs
  Money paid;
  Money awaiting;  // submitted, not yet approved
};

struct ExpenseFigures {
  Period period;
  ExpenseTotals total;
  std::vector<ExpenseTotals> groups;  // in group order
};

// Items dated in the period that have been claimed: submitted, approved or paid (drafts and
// rejected items are not spending).
ExpenseFigures expense_figures(Context& ctx, const Period& period, ExpenseGrouping by);

// Sections: expense_summary (a record) and expenses (one row per group).
void add_expenses(render::Document& doc, const ExpenseFigures& figures, ExpenseGrouping by);

}  // namespace clerk::report
