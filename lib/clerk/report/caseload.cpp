#include "clerk/report/caseload.hpp"

#include <algorithm>
#include <functional>
#include <map>

#include "clerk/casework/case.hpp"
#include "clerk/casework/case_record.hpp"
#include "clerk/casework/deadline.hpp"
#include "clerk/core/working_day_table.hpp"
#include "clerk/db/columns.hpp"
#include "clerk/db/connection.hpp"
#include "clerk/report/sections.hpp"
#include "clerk/report/statistics.hpp"

namespace clerk::report {
namespace {

using casework::Case;
using casework::CaseType;
using casework::Status;

struct Row {
  Case c;
  std::string assignee;
};

// Every case that was open at some moment since `since`: those not closed, and those closed on
// or after it. Both halves are ranges of the covering index cases_caseload (status, closed_on,
// ...), so old closed cases — most of a long-lived database — are never read, and the rest are
// read in index order without a lookup in the table per row. Rows are handed on one at a time.
// They are read through case_facts, which sees every case whoever reads: counts stay whole.
void for_each_relevant_case(db::Connection& db, Date since, Date until,
                            const std::function<void(const Row&)>& each) {
  // The columns the report uses, all in the covering index.
  static const db::FieldSelection<Case> kRead(
      casework::case_record(), "c",
      {"id", "ref", "type", "category", "status", "marking", "received_on", "closed_on",
       "acknowledged_on", "escalated_on", "reopened_on", "extension_months", "follow_up_on"});
  const std::string columns =
      "SELECT " + kRead.sql() +
      ", s.login FROM case_facts c LEFT JOIN staff s ON s.id = c.assignee_id ";
  db::Statement q(db, columns +
                          "WHERE c.status IN ('open', 'awaiting', 'escalated', 'reopened') "
                          "AND c.received_on <= :until UNION ALL " +
                          columns +
                          "WHERE c.status = 'closed' AND c.closed_on >= :since "
                          "AND c.received_on <= :until");
  q.bind(":since", since.iso());
  q.bind(":until", until.iso());
  Row r;
  const int login = kRead.size();
  while (q.step()) {
    kRead.read(q, r.c);
    r.assignee = q.column(login).is_null() ? "(unassigned)" : q.column(login).text();
    each(r);
  }
}

// The clock stops of the cases the report reads (the same two ranges), not of every case.
std::map<int64_t, std::vector<casework::Pause>> pauses_since(db::Connection& db, Date since) {
  std::map<int64_t, std::vector<casework::Pause>> pauses;
  db::Statement q(db,
                  "SELECT p.case_id, p.paused_on, p.resumed_on FROM case_pause_facts p "
                  "JOIN case_facts c ON c.id = p.case_id "
                  "WHERE c.status <> 'closed' OR c.closed_on >= :since ORDER BY p.id");
  q.bind(":since", since.iso());
  while (q.step())
    pauses[q.column(0).int64()].push_back(
        {Date::parse_iso(q.column(1).text(), "paused_on"), db::optional_date(q.column(2))});
  return pauses;
}

// Closed as at `day`: closed on or before it and not reopened by then.
bool closed_at(const Case& c, Date day) {
  if (!c.closed_on || *c.closed_on > day) return false;
  return c.status == Status::closed || (c.reopened_on && *c.reopened_on > day);
}
bool open_at(const Case& c, Date day) { return c.received_on <= day && !closed_at(c, day); }
bool closed_within(const Case& c, const Period& p) {
  return c.closed_on && p.contains(*c.closed_on);
}

// Counts per value, kept in first-seen order of `order` then alphabetically for the rest.
class Tally {
 public:
  explicit Tally(std::vector<std::string> order = {}) {
    for (auto& v : order) at(v);
  }
  CaseCounts& at(const std::string& value) {
    auto [it, added] = index_.try_emplace(value, counts_.size());
    if (added) counts_.push_back({value});
    return counts_[it->second];
  }
  std::vector<CaseCounts> sorted(size_t fixed) && {
    std::sort(counts_.begin() + static_cast<std::ptrdiff_t>(std::min(fixed, counts_.size())),
              counts_.end(), [](const auto& a, const auto& b) { return a.value < b.value; });
    return std::move(counts_);
  }

 private:
  std::map<std::string, size_t> index_;
  std::vector<CaseCounts> counts_;
};

void count(CaseCounts& counts, const Case& c, const Period& p, Date as_of) {
  if (p.contains(c.received_on)) ++counts.opened;
  if (closed_within(c, p)) ++counts.closed;
  if (open_at(c, as_of)) ++counts.open_at_end;
}

// The months the trend covers: the period's, up to the month of the as-of day; for a period of
// a month or less, the six months to its end, so there is a trend to see.
std::vector<Period> trend_months(const Period& period, Date as_of) {
  const Date last = std::min(period.last_day(), as_of);
  Date start = Date::from_ymd(period.from.year(), period.from.month(), 1).value();
  if (period.days() <= 31) start = Date::from_ymd(last.year(), last.month(), 1)->plus_months(-5);
  std::vector<Period> months;
  for (Date m = start; m <= last; m = m.plus_months(1))
    months.push_back(month_period(m.year(), m.month()));
  return months;
}

CaseDue due_entry(const Row& r, Date due, const std::string& kind, int64_t days) {
  return {r.c.ref, word(r.c.type), r.c.category, r.assignee, word(r.c.marking), r.c.received_on,
          due,     kind,           days};
}

}  // namespace

std::string listed_marking(const std::vector<CaseDue>& listed, size_t limit) {
  size_t n = limit ? std::min(limit, listed.size()) : listed.size();
  for (size_t i = 0; i < n; ++i)
    if (listed[i].marking == "OFFICIAL-SENSITIVE") return "OFFICIAL-SENSITIVE";
  return "OFFICIAL";
}

Caseload caseload(Context& ctx, const Period& period) {
  Caseload out;
  out.period = period;
  out.as_of = std::min(period.last_day(), ctx.today());
  const Date as_of = out.as_of;
  const auto months = trend_months(period, as_of);
  const Date since = std::min(period.from, months.empty() ? period.from : months.front().from);

  const auto pauses = pauses_since(ctx.db(), since);
  const auto& calendar = ctx.calendar();
  const auto& cfg = ctx.config();
  // Counts are looked up for cases received in the last ten years; older ones are walked.
  const WorkingDayTable days(ctx.working_days(), as_of.plus_months(-120),
                             std::max(as_of, period.last_day()));
  const std::vector<casework::Pause> no_pauses;
  auto pauses_of = [&](int64_t id) -> const std::vector<casework::Pause>& {
    auto it = pauses.find(id);
    return it == pauses.end() ? no_pauses : it->second;
  };

  Tally types(words<casework::CaseType>()), categories(cfg.case_categories), assignees;
  std::map<std::string, int64_t> by_status;
  std::map<std::string, TargetShare> shares;
  for (const auto& t : words<casework::CaseType>()) shares[t].type = t;
  std::vector<int64_t> days_to_close;
  std::vector<CaseCounts> trend;
  for (const auto& m : months) trend.push_back({m.label});

  for_each_relevant_case(ctx.db(), since, period.last_day(), [&](const Row& r) {
    const Case& c = r.c;
    if (c.received_on > period.last_day()) return;
    count(out.total, c, period, as_of);
    count(types.at(word(c.type)), c, period, as_of);
    count(categories.at(c.category), c, period, as_of);
    count(assignees.at(r.assignee), c, period, as_of);
    for (size_t i = 0; i < months.size(); ++i)
      count(trend[i], c, months[i], std::min(months[i].last_day(), as_of));

    if (closed_within(c, period)) {
      days_to_close.push_back(days.between(c.received_on, *c.closed_on));
      auto d = casework::compute_deadlines(c, pauses_of(c.id), cfg.targets, calendar,
                                           cfg.holidays.nation, *c.closed_on);
      auto& share = shares[word(c.type)];
      ++share.answered;
      if (*c.closed_on <= d.response_due) ++share.within;
    }
    if (!open_at(c, as_of)) return;
    ++by_status[closed_at(c, ctx.today()) ? "closed since" : word(c.status)];
    const int age = days.between(c.received_on, as_of);
    ++out.age_bands[age <= 10 ? 0 : age <= 20 ? 1 : age <= 40 ? 2 : 3];

    auto d = casework::compute_deadlines(c, pauses_of(c.id), cfg.targets, calendar,
                                         cfg.holidays.nation, as_of);
    // Overdue: an acknowledgement or response past its day (a follow-up date is a reminder,
    // not a deadline).
    Date due = d.response_due;
    std::string kind = d.next_kind == "follow-up" ? "response" : d.next_kind;
    if (d.ack_due && *d.ack_due < due) {
      due = *d.ack_due;
      kind = "acknowledgement";
    } else if (kind == "acknowledgement") {
      kind = "response";
    }
    if (due < as_of) {
      out.overdue.push_back(due_entry(r, due, kind, days.between(due, as_of)));
    }
    const bool statutory = c.type == CaseType::foi || c.type == CaseType::sar;
    if (statutory &&
        (d.response_due < as_of || days.between(as_of, d.response_due) <= kAtRiskWorkingDays)) {
      int64_t left = days.between(as_of, d.response_due);
      out.foi_sar_at_risk.push_back(due_entry(r, d.response_due, "response", left));
    }
  });

  auto oldest_first = [](const CaseDue& a, const CaseDue& b) {
    return a.due != b.due ? a.due < b.due : a.ref < b.ref;
  };
  std::sort(out.overdue.begin(), out.overdue.end(), oldest_first);
  std::sort(out.foi_sar_at_risk.begin(), out.foi_sar_at_risk.end(), oldest_first);
  out.by_type = std::move(types).sorted(words<casework::CaseType>().size());
  out.by_category = std::move(categories).sorted(cfg.case_categories.size());
  out.by_assignee = std::move(assignees).sorted(0);
  for (const auto& s : words<casework::Status>())
    if (auto it = by_status.find(s); it != by_status.end()) out.open_by_status.emplace_back(*it);
  if (auto it = by_status.find("closed since"); it != by_status.end())
    out.open_by_status.emplace_back(*it);
  out.median_days_to_close = percentile(days_to_close, 50);
  out.p90_days_to_close = percentile(days_to_close, 90);
  for (const auto& t : words<casework::CaseType>()) out.within_target.push_back(shares[t]);
  out.trend = std::move(trend);
  return out;
}

namespace {

render::Table counts_table(const std::string& key, const std::string& label,
                           const std::vector<CaseCounts>& counts) {
  using render::Kind;
  render::Table t{{{key, label, Kind::text},
                   {"opened", "Opened", Kind::integer},
                   {"closed", "Closed", Kind::integer},
                   {"open_at_end", "Open at end", Kind::integer}},
                  {}};
  for (const auto& c : counts) t.rows.push_back({c.value, c.opened, c.closed, c.open_at_end});
  return t;
}

}  // namespace

render::Table due_table(const std::vector<CaseDue>& cases, size_t limit, const char* days_key,
                        const char* days_label) {
  using render::Kind;
  // A printed page too narrow leaves out the received date, then the category: the reference,
  // the deadline and who holds the case are what a reader acts on (render::Column::drop).
  render::Table t{{{"ref", "Case", Kind::text},
                   {"type", "Type", Kind::text},
                   {"category", "Category", Kind::text, 1},
                   {"assignee", "Assignee", Kind::text},
                   {"received", "Received", Kind::date, 2},
                   {"due", "Due", Kind::date},
                   {"due_kind", "For", Kind::text},
                   {days_key, days_label, Kind::integer}},
                  {}};
  size_t n = limit ? std::min(limit, cases.size()) : cases.size();
  for (size_t i = 0; i < n; ++i) {
    const auto& c = cases[i];
    t.rows.push_back(
        {c.ref, c.type, c.category, c.assignee, c.received, c.due, c.due_kind, c.working_days});
  }
  return t;
}

void add_caseload(render::Document& doc, const Caseload& c, size_t limit, bool list_overdue) {
  using render::Kind;
  doc.blocks.emplace_back(
      RecordBuilder{}
          .add("opened", "Opened", Kind::integer, c.total.opened)
          .add("closed", "Closed", Kind::integer, c.total.closed)
          .add("open_at_end", "Open at end", Kind::integer, c.total.open_at_end)
          .add("overdue", "Overdue", Kind::integer, static_cast<int64_t>(c.overdue.size()))
          .add("median_days_to_close", "Median working days to close", Kind::integer,
               optional_cell(c.median_days_to_close))
          .add("p90_days_to_close", "90th percentile working days to close", Kind::integer,
               optional_cell(c.p90_days_to_close))
          .section("summary", "Summary"));

  render::Table status{{{"status", "Status", Kind::text}, {"cases", "Cases", Kind::integer}}, {}};
  for (const auto& [s, n] : c.open_by_status) status.rows.push_back({s, n});
  section(doc, "by_status", "Open at end by status", std::move(status));
  section(doc, "by_type", "By type", counts_table("type", "Type", c.by_type));
  section(doc, "by_category", "By category", counts_table("category", "Category", c.by_category));
  section(doc, "by_assignee", "By assignee", counts_table("assignee", "Assignee", c.by_assignee));

  render::Table bands{
      {{"band", "Working days open", Kind::text}, {"cases", "Cases", Kind::integer}}, {}};
  for (size_t i = 0; i < kAgeBands.size(); ++i)
    bands.rows.push_back({kAgeBands[i], c.age_bands[i]});
  section(doc, "age_bands", "Age of open cases", std::move(bands));

  render::Table target{{{"type", "Type", Kind::text},
                        {"answered", "Closed", Kind::integer},
                        {"within_target", "Within target", Kind::integer},
                        {"percent", "%", Kind::integer}},
                       {}};
  for (const auto& s : c.within_target)
    target.rows.push_back(
        {s.type, s.answered, s.within, optional_cell(percent(s.within, s.answered))});
  section(doc, "within_target", "Answered within target", std::move(target));

  section(doc, "trend", "Month by month", counts_table("month", "Month", c.trend));

  if (!list_overdue) return;
  section(doc, "overdue", "Overdue cases",
          due_table(c.overdue, limit, "days_overdue", "Working days over"));
  if (limit && c.overdue.size() > limit)
    paragraph(doc, "… and " + std::to_string(c.overdue.size() - limit) +
                       " more overdue cases (--limit 0 lists all).");
}

}  // namespace clerk::report
