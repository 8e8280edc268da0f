#include "clerk/report/report.hpp"

#include "clerk/core/error.hpp"
#include "clerk/core/text.hpp"
#include "clerk/report/actions_report.hpp"
#include "clerk/report/caseload.hpp"
#include "clerk/report/diary_report.hpp"
#include "clerk/report/expenses_report.hpp"
#include "clerk/report/monthly.hpp"
#include "clerk/report/sections.hpp"

namespace clerk::report {
namespace {

const char* title_of(ReportKind kind) {
  switch (kind) {
    case ReportKind::caseload:
      return "Caseload";
    case ReportKind::expenses:
      return "Expenses";
    case ReportKind::budget:
      return "Budget";
    case ReportKind::diary:
      return "Diary";
    case ReportKind::actions:
      return "Actions";
    case ReportKind::monthly:
      return "Monthly report";
  }
  return "Report";
}

render::Document start(Context& ctx, ReportKind kind, const Period& period, Date as_of) {
  render::Document doc;
  doc.title = ctx.config().office.name.empty()
                  ? title_of(kind)
                  : std::string(title_of(kind)) + " — " + ctx.config().office.name;
  doc.subtitle = period_subtitle(period.label, period.from, period.last_day());
  doc.marking = "OFFICIAL";
  doc.blocks.emplace_back(period_section(period.label, period.from, period.last_day(), as_of));
  return doc;
}

}  // namespace

const EnumWords& enum_words(ReportKind) {
  static const EnumWords w{"report",
                           {"caseload", "expenses", "budget", "diary", "actions", "monthly"}};
  return w;
}

const EnumWords& enum_words(ExpenseGrouping) {
  static const EnumWords w{"by", {"claimant", "category", "budget", "month"}};
  return w;
}

Period request_period(Context& ctx, const Request& request) {
  Date today = ctx.today();
  Period fallback = request.kind == ReportKind::monthly
                        ? parse_period("last-month", "period", today)
                        : month_period(today.year(), today.month());
  return report::resolve_period(ctx, request.period, fallback);
}

render::Document build(Context& ctx, const Request& request) {
  const Period period = request_period(ctx, request);
  const Date as_of = std::min(period.last_day(), ctx.today());
  render::Document doc = start(ctx, request.kind, period, as_of);
  switch (request.kind) {
    case ReportKind::caseload: {
      auto figures = caseload(ctx, period);
      add_caseload(doc, figures, request.limit);
      doc.marking = listed_marking(figures.overdue, request.limit);
      break;
    }
    case ReportKind::expenses:
      add_expenses(doc, expense_figures(ctx, period, request.by), request.by);
      break;
    case ReportKind::budget:
      add_budget(doc, ctx, period, as_of);
      break;
    case ReportKind::diary:
      add_diary(doc, diary_figures(ctx, period, as_of));
      break;
    case ReportKind::actions:
      add_actions(doc, action_figures(ctx, period, as_of), as_of, request.limit);
      break;
    case ReportKind::monthly:
      add_monthly(doc, ctx, period, as_of, request.limit);
      break;
  }
  return doc;
}

}  // namespace clerk::report
