#include "clerk/report/monthly.hpp"

#include <algorithm>

#include "clerk/expense/budget_store.hpp"
#include "clerk/expense/expense_tables.hpp"
#include "clerk/expense/mileage.hpp"
#include "clerk/report/actions_report.hpp"
#include "clerk/report/caseload.hpp"
#include "clerk/report/diary_report.hpp"
#include "clerk/report/expenses_report.hpp"
#include "clerk/report/sections.hpp"
#include "clerk/report/statistics.hpp"
#include "clerk/trail/verify.hpp"

namespace clerk::report {
namespace {

using render::Kind;

// Below this share answered within target (with enough cases to mean something) is flagged.
constexpr int64_t kTargetShareFloor = 80;
constexpr int64_t kTargetShareMinimumCases = 5;

std::string plural(int64_t n, const std::string& one, const std::string& many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

struct Recommendations {
  render::Table table{
      {{"priority", "Priority", Kind::text}, {"text", "Recommendation", Kind::text}}, {}};
  void add(const char* priority, std::string text) {
    table.rows.push_back({std::string(priority), std::move(text)});
  }
  // High first, then medium, then low; in the order the rules raised them within each.
  void by_priority() {
    auto rank = [](const std::vector<render::Cell>& row) {
      const auto& p = std::get<std::string>(row.front());
      return p == "high" ? 0 : p == "medium" ? 1 : 2;
    };
    std::stable_sort(table.rows.begin(), table.rows.end(),
                     [&](const auto& a, const auto& b) { return rank(a) < rank(b); });
  }
};

void recommend_cases(Recommendations& r, const Caseload& c) {
  int64_t foi_overdue = 0, sar_overdue = 0, soon = 0;
  for (const auto& d : c.foi_sar_at_risk) {
    if (d.due < c.as_of)
      ++(d.type == "foi" ? foi_overdue : sar_overdue);
    else
      ++soon;
  }
  if (foi_overdue)
    r.add("high", plural(foi_overdue, "FOI request is", "FOI requests are") +
                      " overdue: escalate to the Chief of Staff.");
  if (sar_overdue)
    r.add("high",
          plural(sar_overdue, "subject access request is", "subject access requests are") +
              " overdue: tell the Data Protection Officer and reply without further delay.");
  if (soon)
    r.add("high",
          plural(soon, "FOI or subject access response is", "FOI or subject access responses are") +
              " due within " + std::to_string(kAtRiskWorkingDays) +
              " working days: check each is on track.");
  const int64_t other_overdue = static_cast<int64_t>(c.overdue.size()) - foi_overdue - sar_overdue;
  if (other_overdue > 0) {
    const auto& oldest = c.overdue.front();
    r.add("medium", plural(static_cast<int64_t>(c.overdue.size()), "case is", "cases are") +
                        " past a deadline; the oldest, " + oldest.ref + ", was due on " +
                        oldest.due.uk_long() + ": review them with their handlers.");
  }
  if (c.age_bands[3])
    r.add("medium", plural(c.age_bands[3], "case has", "cases have") +
                        " been open more than 40 working days: review at the next casework "
                        "meeting.");
  for (const auto& s : c.within_target)
    if (s.answered >= kTargetShareMinimumCases) {
      auto share = percent(s.within, s.answered).value_or(100);
      if (share < kTargetShareFloor)
        r.add("medium", "Only " + std::to_string(share) + "% of " + s.type +
                            " cases were answered within target (" + std::to_string(s.within) +
                            " of " + std::to_string(s.answered) +
                            "): look at workload and "
                            "allocation.");
    }
}

void recommend_budgets(Recommendations& r, const std::vector<expense::BudgetLine>& lines,
                       const Period& year, Date as_of, const std::vector<int>& thresholds) {
  for (const auto& l : lines) {
    const std::string flag = l.flag(thresholds);
    if (flag == "over budget")
      r.add("high", "Budget " + l.code + " is over budget (" + l.used().display() + " used of " +
                        l.budget->display() + "): agree a virement or stop further spending.");
    else if (flag == "no budget")
      r.add("medium", "Budget code " + l.code + " has spending (" + l.used().display() +
                          ") but no budget set: set one with `clerk expense budget set`.");
    else if (!flag.empty())
      r.add("low", "Budget " + l.code + " has " + flag + ": review the forecast.");
    if (l.budget && flag != "over budget" && l.forecast(year, as_of) > *l.budget)
      r.add("medium", "Budget " + l.code + " is forecast to reach " +
                          l.forecast(year, as_of).display() + " against " + l.budget->display() +
                          ": plan for the shortfall.");
  }
}

void recommend_actions(Recommendations& r, const ActionFigures& a) {
  if (!a.total.overdue) return;
  OwnerActions most;  // the owner with the most overdue, the first by login on a tie
  for (const auto& o : a.by_owner)
    if (o.overdue > most.overdue) most = o;
  r.add("medium", plural(a.total.overdue, "action is", "actions are") + " overdue (" +
                      std::to_string(most.overdue) + " with " + most.owner +
                      "): chase the owners.");
}

// The headline says what the full verification found, in words a panel reads: never
// "verified" beside findings.
std::string trail_verdict(const trail::VerifyReport& trail) {
  if (trail.ok())
    return "verified, 0 findings (" + plural(trail.rows_checked, "record", "records") + " checked)";
  return "FAILED verification: " + plural(trail.finding_count, "finding", "findings");
}

}  // namespace

void add_budget(render::Document& doc, const Period& year, Date as_of,
                const std::vector<expense::BudgetLine>& lines, const std::vector<int>& thresholds) {
  section(doc, "budget", "Budgets, " + year.label,
          expense::budget_table(year, as_of, lines, thresholds));
}

void add_budget(render::Document& doc, Context& ctx, const Period& period, Date as_of) {
  const int fy = financial_year_of(period.last_day());
  add_budget(doc, financial_year(fy), as_of, expense::budget_lines(ctx.db(), fy),
             ctx.config().expenses.budget_warnings);
}

void add_monthly(render::Document& doc, Context& ctx, const Period& period, Date as_of,
                 size_t limit) {
  const auto cases = caseload(ctx, period);
  const auto spend = expense_figures(ctx, period, ExpenseGrouping::category);
  const int fy = financial_year_of(period.last_day());
  const Period year = financial_year(fy);
  const auto lines = expense::budget_lines(ctx.db(), fy);
  const auto& thresholds = ctx.config().expenses.budget_warnings;
  const auto engagements = diary_figures(ctx, period, as_of);
  const auto actions = action_figures(ctx, period, as_of);
  // Issue 14: the pack once checked the chain only and read "verified" over an amount changed
  // behind clerk's back. It runs the whole of `audit verify`: chain, payloads and every audited
  // row against its latest entry (about 1.2 s at a million entries, once a month).
  const auto trail = trail::verify(ctx.db(), {.rows = true});

  Money budgeted, used;
  for (const auto& l : lines)
    if (l.budget) budgeted = budgeted + *l.budget, used = used + l.used();

  heading(doc, 1, "Headlines");
  doc.blocks.emplace_back(
      RecordBuilder{}
          .add("cases_opened", "Cases opened", Kind::integer, cases.total.opened)
          .add("cases_closed", "Cases closed", Kind::integer, cases.total.closed)
          .add("cases_open", "Cases open at end", Kind::integer, cases.total.open_at_end)
          .add("cases_overdue", "Cases overdue", Kind::integer,
               static_cast<int64_t>(cases.overdue.size()))
          .add("foi_sar_at_risk",
               "FOI/SAR overdue or due within " + std::to_string(kAtRiskWorkingDays) + " days",
               Kind::integer, static_cast<int64_t>(cases.foi_sar_at_risk.size()))
          .add("median_days_to_close", "Median working days to close", Kind::integer,
               optional_cell(cases.median_days_to_close))
          .add("expenses_claimed", "Expenses claimed", Kind::money, spend.total.amount)
          .add("mileage_miles", "Mileage miles", Kind::decimal,
               expense::miles_text(spend.total.miles_tenths))
          .add("budget_used_percent", "Budget used (" + year.label + ")", Kind::integer,
               percent_cell(percent(used.pence(), budgeted.pence())))
          .add("engagements", "Engagements", Kind::integer, engagements.engagements)
          .add("surgeries_held", "Surgeries held", Kind::integer, engagements.surgeries_held)
          .add("constituents_seen", "Constituents seen", Kind::integer,
               engagements.constituents_seen)
          .add("actions_open", "Actions open", Kind::integer, actions.total.open)
          .add("actions_overdue", "Actions overdue", Kind::integer, actions.total.overdue)
          .add("audit_trail", "Audit trail", Kind::text, trail_verdict(trail))
          .section("headlines", ""));

  heading(doc, 1, "Caseload");
  add_caseload(doc, cases, limit, false);
  heading(doc, 1, "Expenses");
  add_expenses(doc, spend, ExpenseGrouping::category);
  heading(doc, 1, "Budget");
  add_budget(doc, year, as_of, lines, thresholds);
  heading(doc, 1, "Diary");
  add_diary(doc, engagements);
  heading(doc, 1, "Actions");
  add_actions(doc, actions, as_of, limit, false);

  heading(doc, 1, "Exceptions");
  section(doc, "overdue_cases", "Overdue cases, oldest first",
          due_table(cases.overdue, limit, "days_overdue", "Working days over"));
  if (limit && cases.overdue.size() > limit)
    paragraph(doc, "… and " + std::to_string(cases.overdue.size() - limit) + " more.");
  section(
      doc, "foi_sar_at_risk",
      "FOI and SAR overdue or due within " + std::to_string(kAtRiskWorkingDays) + " working days",
      due_table(cases.foi_sar_at_risk, limit, "working_days_left", "Working days left"));
  std::vector<expense::BudgetLine> flagged;
  for (const auto& l : lines)
    if (!l.flag(thresholds).empty()) flagged.push_back(l);
  section(doc, "budget_warnings", "Budgets past a threshold",
          expense::budget_table(year, as_of, flagged, thresholds));
  section(doc, "overdue_actions", "Overdue actions",
          overdue_actions_table(actions.overdue, as_of, limit));
  doc.blocks.emplace_back(
      RecordBuilder{}
          .add("verified", "Verified", Kind::boolean, trail.ok())
          .add("entries", "Entries", Kind::integer, trail.entries)
          .add("redacted", "Redacted entries", Kind::integer, trail.redacted)
          .add("findings", "Findings", Kind::integer, trail.finding_count)
          .add("rows_checked", "Records checked", Kind::integer, trail.rows_checked)
          .add("head_seq", "Head", Kind::integer, trail.head_seq)
          .section("audit_trail", "Audit trail (chain, payloads and every audited record)"));

  Recommendations r;
  if (!trail.ok())
    r.add("high", "The audit trail did not verify (" +
                      plural(trail.finding_count, "finding", "findings") +
                      "): run `clerk audit verify` and investigate before relying on these "
                      "figures.");
  recommend_cases(r, cases);
  recommend_budgets(r, lines, year, as_of, thresholds);
  recommend_actions(r, actions);
  if (r.table.rows.empty()) r.add("none", "No exceptions this period.");
  r.by_priority();
  heading(doc, 1, "Recommendations");
  section(doc, "recommendations", "", std::move(r.table));

  const auto marking = listed_marking(cases.overdue, limit);
  if (marking != "OFFICIAL" || listed_marking(cases.foi_sar_at_risk, limit) != "OFFICIAL")
    doc.marking = "OFFICIAL-SENSITIVE";
}

}  // namespace clerk::report
