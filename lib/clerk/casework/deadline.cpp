#include "clerk/casework/deadline.hpp"

#include <algorithm>

namespace clerk::casework {
namespace {

struct TypeTargets {
  int acknowledge = 0;
  int respond = 0;
};

TypeTargets targets_for(CaseType type, const Targets& t) {
  switch (type) {
    case CaseType::enquiry:
      return {t.enquiry_acknowledge, t.enquiry_respond};
    case CaseType::casework:
      return {t.casework_acknowledge, t.casework_respond};
    case CaseType::complaint:
      return {t.complaint_acknowledge, t.complaint_stage1};
    case CaseType::foi:
      return {0, t.foi_respond};
    case CaseType::sar:
      return {0, 0};
  }
  return {};
}

// Working days (per `days`) during which the clock was stopped.
int paused_working_days(const std::vector<Pause>& pauses, const WorkingDays& days, Date today) {
  int total = 0;
  for (const auto& p : pauses)
    total += std::max(0, days.between(p.paused_on, p.resumed_on.value_or(today)));
  return total;
}

int paused_calendar_days(const std::vector<Pause>& pauses, Date today) {
  int total = 0;
  for (const auto& p : pauses)
    total += std::max(0, p.paused_on.days_until(p.resumed_on.value_or(today)));
  return total;
}

}  // namespace

Deadlines compute_deadlines(const Case& c, const std::vector<Pause>& pauses, const Targets& targets,
                            const HolidayCalendar& calendar, Nation nation, Date today) {
  WorkingDays local(calendar, nation);
  WorkingDays counted = local;  // the days the response deadline was counted in
  Deadlines d;
  TypeTargets t = targets_for(c.type, targets);
  if (t.acknowledge > 0 && !c.acknowledged_on) d.ack_due = local.add(c.received_on, t.acknowledge);
  // A reopened case starts a fresh response period from the day it was reopened.
  Date start = c.status == Status::reopened && c.reopened_on ? *c.reopened_on : c.received_on;
  std::string kind = "response";
  switch (c.type) {
    case CaseType::enquiry:
    case CaseType::casework:
      d.response_due = local.add(start, t.respond);
      break;
    case CaseType::complaint:
      if (c.escalated_on) {
        // Complaint handling codes: stage 2 within 20 working days of escalation.
        d.response_due = local.add(*c.escalated_on, targets.complaint_stage2);
        kind = "stage 2 response";
      } else {
        // Stage 1 within 10 working days of acknowledgement (or of when it was due).
        Date ack = c.acknowledged_on ? *c.acknowledged_on : local.add(c.received_on, t.acknowledge);
        if (c.status == Status::reopened && c.reopened_on) ack = std::max(ack, *c.reopened_on);
        d.response_due = local.add(ack, targets.complaint_stage1);
        kind = "stage 1 response";
      }
      break;
    case CaseType::foi: {
      // FOI Act s.10: 20 working days, day one being the first working day after receipt, and
      // a bank holiday anywhere in the UK is not a working day. Stopped days are added back.
      // Office closures are working days here: only the Act's non-working days are skipped.
      counted = WorkingDays::whole_uk(calendar);
      d.response_due = counted.add(start, t.respond + paused_working_days(pauses, counted, today));
      break;
    }
    case CaseType::sar: {
      // UK GDPR art. 12(3): one month — the corresponding day of the next month, or its last
      // day when there is none — extendable by two further months. Stopped days are added to
      // that raw calendar date, and only then does a weekend or bank holiday move it to the
      // next working day (never an office closure).
      counted = WorkingDays::statutory(calendar, nation);
      Date raw = start.plus_months(targets.sar_months + c.extension_months)
                     .plus_days(paused_calendar_days(pauses, today));
      d.response_due = counted.on_or_after(raw);
      break;
    }
  }
  d.provisional = counted.is_provisional(d.response_due);
  d.next_due = d.response_due;
  d.next_kind = kind;
  if (d.ack_due && *d.ack_due <= d.next_due) {
    d.next_due = *d.ack_due;
    d.next_kind = "acknowledgement";
  }
  if (c.status == Status::awaiting && c.follow_up_on && *c.follow_up_on < d.next_due) {
    d.next_due = *c.follow_up_on;
    d.next_kind = "follow-up";
  }
  return d;
}

std::optional<Deadlines> deadlines_in_force(const Case& c, const std::vector<Pause>& pauses,
                                            const Targets& targets, const HolidayCalendar& calendar,
                                            Nation nation, Date today) {
  if (c.status == Status::closed) return std::nullopt;
  bool stopped =
      std::any_of(pauses.begin(), pauses.end(), [](const Pause& p) { return !p.resumed_on; });
  if (stopped) return std::nullopt;
  return compute_deadlines(c, pauses, targets, calendar, nation, today);
}

}  // namespace clerk::casework
