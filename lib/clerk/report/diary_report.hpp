// The diary report: engagements held in a period by kind and diary, their hours, surgeries and
// the constituents seen at them.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "clerk/core/period.hpp"
#include "clerk/render/document.hpp"
#include "clerk/session/context.hpp"

namespace clerk::report {

struct EngagementCounts {
  std::string value;  // kind or diary
  int64_t engagements = 0;
  int64_t minutes = 0;  // timed engagements only; all-day ones count as engagements, not hours
};

// Engagements held: occurrences up to the as-of day, cancelled ones left out.
struct DiaryFigures {
  int64_t engagements = 0;
  int64_t scheduled = 0;  // occurrences in the period after the as-of day
  int64_t minutes = 0;
  int64_t tentative = 0;
  int64_t surgeries_held = 0;
  // People seen at surgeries: contacts attending held surgeries and contacts of cases opened
  // through the surgery channel in the period, each counted once.
  int64_t constituents_seen = 0;
  std::vector<EngagementCounts> by_kind, by_diary;
};

DiaryFigures diary_figures(Context& ctx, const Period& period, Date as_of);

// Sections: diary_summary (a record), diary_by_kind, diary_by_diary.
void add_diary(render::Document& doc, const DiaryFigures& figures);

// "12.5 h" from 750 minutes: hours to a tenth, never a clock-like "12:30".
std::string hours_text(int64_t minutes);

}  // namespace clerk::report
