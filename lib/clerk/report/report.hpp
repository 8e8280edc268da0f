// The reports `clerk report` produces, each a document for the one renderer.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "clerk/core/period.hpp"
#include "clerk/core/word_enum.hpp"
#include "clerk/render/document.hpp"
#include "clerk/report/period_choice.hpp"
#include "clerk/session/context.hpp"

namespace clerk::report {

enum class ReportKind { caseload, expenses, budget, diary, actions, monthly };
const EnumWords& enum_words(ReportKind);

// How `report expenses` groups its totals.
enum class ExpenseGrouping { claimant, category, budget, month };
const EnumWords& enum_words(ExpenseGrouping);

// Lists of cases or actions in a report show this many rows unless told otherwise.
inline constexpr size_t kDefaultListLimit = 25;

struct Request {
  ReportKind kind = ReportKind::monthly;
  report::PeriodChoice period;
  ExpenseGrouping by = ExpenseGrouping::category;
  size_t limit = kDefaultListLimit;  // rows of case and action listings; 0: all
};

// The period a request covers: the one chosen, else last month for the monthly pack and this
// month for the rest.
Period request_period(Context& ctx, const Request& request);

// Builds the report. Reads only: a report never writes to the database.
render::Document build(Context& ctx, const Request& request);

}  // namespace clerk::report
