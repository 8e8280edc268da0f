// The monthly governance pack: headline figures, every report's sections, the exceptions that
// need attention and rule-based recommendations.
#pragma once

#include <string>
#include <vector>

#include "clerk/core/period.hpp"
#include "clerk/expense/budget.hpp"
#include "clerk/render/document.hpp"
#include "clerk/session/context.hpp"

namespace clerk::report {

// The budget section (key "budget") for the financial year containing the period's end.
void add_budget(render::Document& doc, Context& ctx, const Period& period, Date as_of);
// The same for lines already read (the monthly pack reads them once for three uses).
void add_budget(render::Document& doc, const Period& year, Date as_of,
                const std::vector<expense::BudgetLine>& lines, const std::vector<int>& thresholds);

// Appends the pack's headings and sections to `doc` (which holds the period already) and
// raises its marking to the highest of the cases it lists.
void add_monthly(render::Document& doc, Context& ctx, const Period& period, Date as_of,
                 size_t limit);

}  // namespace clerk::report
