// The caseload report: cases opened, closed and open over a period, their ages and deadlines,
// how fast they were answered and a month-by-month trend.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "clerk/core/period.hpp"
#include "clerk/render/document.hpp"
#include "clerk/session/context.hpp"

namespace clerk::report {

struct CaseCounts {
  std::string value;  // the type, category, assignee login or month
  int64_t opened = 0;
  int64_t closed = 0;
  int64_t open_at_end = 0;
};

// A case past a deadline (or close to one) at the report's as-of day.
struct CaseDue {
  std::string ref;
  std::string type;
  std::string category;
  std::string assignee;
  std::string marking;
  Date received;
  Date due;
  std::string due_kind;      // acknowledgement, response, stage 1 response, ...
  int64_t working_days = 0;  // overdue by (or, for cases at risk, left)
};

struct TargetShare {
  std::string type;
  int64_t answered = 0;  // closed in the period
  int64_t within = 0;    // of those, closed on or before their response was due
};

// Age bands of open cases in working days: 0–10, 11–20, 21–40, over 40.
inline constexpr std::array<const char*, 4> kAgeBands = {"0-10", "11-20", "21-40", "over 40"};

struct Caseload {
  Period period;
  Date as_of;  // the period's last day, or today when that is earlier
  CaseCounts total;
  std::vector<CaseCounts> by_type, by_category, by_assignee;
  std::vector<std::pair<std::string, int64_t>> open_by_status;
  std::array<int64_t, 4> age_bands{};
  std::vector<CaseDue> overdue;          // oldest deadline first
  std::vector<CaseDue> foi_sar_at_risk;  // FOI and SAR due within 5 working days or overdue
  std::optional<int64_t> median_days_to_close;
  std::optional<int64_t> p90_days_to_close;
  std::vector<TargetShare> within_target;
  std::vector<CaseCounts> trend;  // months, oldest first
};

// "At risk": an FOI or SAR response due within this many working days.
inline constexpr int kAtRiskWorkingDays = 5;

Caseload caseload(Context& ctx, const Period& period);

// The report's sections (keys: summary, by_status, by_type, by_category, by_assignee,
// age_bands, within_target, trend and, with `list_overdue`, overdue). `limit` caps the overdue
// listing (0: all), which a paragraph then counts.
void add_caseload(render::Document& doc, const Caseload& c, size_t limit, bool list_overdue = true);

// Cases with a deadline, as a table (at most `limit` rows, 0: all); the last column counts
// working days under `days_key`.
render::Table due_table(const std::vector<CaseDue>& cases, size_t limit, const char* days_key,
                        const char* days_label);

// The highest marking among the cases a report lists ("OFFICIAL" when none is sensitive).
std::string listed_marking(const std::vector<CaseDue>& listed, size_t limit);

}  // namespace clerk::report
