// How expense items, payment runs and budget lines are shown: columns (stable keys for CSV and
// JSON, labels for people) and the cells of each row.
#pragma once

#include <optional>
#include <vector>

#include "clerk/expense/budget.hpp"
#include "clerk/expense/claim.hpp"
#include "clerk/expense/payment.hpp"
#include "clerk/render/table.hpp"

namespace clerk::expense {

// `expense list`: one line per item.
std::vector<render::Column> list_columns();
std::vector<render::Cell> list_cells(const Claim& claim);

// `expense export` (and what `import` reads back): every field. The keys are the import's
// field names (config expense_import_fields()), plus id and payment, which are not imported.
std::vector<render::Column> record_columns();
std::vector<render::Cell> record_cells(const Claim& claim);

// `expense show`: every field and, for mileage, how the amount was reached.
std::vector<render::Column> show_columns();
std::vector<render::Cell> show_cells(const Claim& claim,
                                     const std::optional<MileageBreakdown>& breakdown);

// `expense pay`: one line per claimant, for the finance system.
render::Table payment_table(const PaymentBatch& batch, const std::vector<PaymentLine>& lines);

// `expense budget status`.
render::Table budget_table(const Period& year, Date today, const std::vector<BudgetLine>& lines,
                           const std::vector<int>& thresholds);

}  // namespace clerk::expense
