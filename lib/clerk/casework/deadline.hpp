// When a case is due: response targets per type in working days, FOI and SAR rules, clock
// stops and extensions. Pure rules over a case, its pauses and the holidays in force.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "clerk/casework/case.hpp"
#include "clerk/config/config.hpp"
#include "clerk/core/calendar.hpp"

namespace clerk::casework {

using Targets = config::CaseTargets;

struct Pause {
  Date paused_on;
  std::optional<Date> resumed_on;  // still paused when absent
};

struct Deadlines {
  std::optional<Date> ack_due;  // when an acknowledgement is still owed
  Date response_due;
  Date next_due;  // the earliest of the above and any follow-up date
  std::string
      next_kind;  // acknowledgement, response, stage 1 response, stage 2 response, follow-up
  // Counted over a year whose bank holidays are computed, not yet officially listed.
  bool provisional = false;
};

// The deadlines of a case that is not closed. The office's own targets (enquiry, casework,
// complaint) count the office's working days: `nation`'s bank holidays and the office's
// closures are skipped. Statutory clocks never count closures: FOI skips a bank holiday
// anywhere in the UK (FOI Act s.10(6)), a SAR moves off `nation`'s weekends and bank holidays.
// An open pause counts up to `today`.
Deadlines compute_deadlines(const Case& c, const std::vector<Pause>& pauses, const Targets& targets,
                            const HolidayCalendar& calendar, Nation nation, Date today);

// What a case is due by now: nothing when it is closed or while its clock is stopped (a stopped
// clock has no fixed deadline), else compute_deadlines. The one rule every view of a case's
// deadline uses: the stored deadline, `case show` and letters.
std::optional<Deadlines> deadlines_in_force(const Case& c, const std::vector<Pause>& pauses,
                                            const Targets& targets, const HolidayCalendar& calendar,
                                            Nation nation, Date today);

}  // namespace clerk::casework
