// The Direct Payments commands: set and list a recipient's payment schedule, and audit a bank
// statement against it (recorded as a statement_audit row), with the surplus-recovery letter.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "clerk/directpay/schedule.hpp"
#include "clerk/directpay/statement.hpp"
#include "clerk/people/contact.hpp"
#include "clerk/session/context.hpp"

namespace clerk::directpay {

struct ScheduleInput {
  std::string recipient;  // contact id or name
  std::string amount, every, from;
};
// Sets the schedule from `from` on: the one in force ends there, one starting the same day is
// corrected in place. Finance, manager or admin only. Error{bad_data} when a later schedule exists.
Schedule set_schedule(Context& ctx, const ScheduleInput& input);
std::vector<Schedule> schedules(Context& ctx, const std::string& recipient);

struct StatementInput {
  std::string text;    // the statement file's bytes
  std::string source;  // its name, for errors and the record
  std::string recipient;
  std::string from, to;                // inclusive; default: the statement's first and last dates
  std::vector<std::string> owed;       // --owed amounts
  std::string owed_text, owed_source;  // --owed-file: CSV or JSON with amount (and description)
  bool letter = false;  // fill in the surplus-recovery letter too (before recording the run)
};

struct StatementReport {
  people::Contact recipient;
  std::vector<Schedule> schedules;
  StatementFindings findings;
  int contingency_weeks = 0;
  int64_t run_id = 0;
  std::optional<std::string> letter;  // the surplus-recovery letter filled in, when asked for
};

// Reads, classifies and judges the statement, then records the run in one audited write.
// Finance, manager or admin only. Error{missing} when the recipient has no schedule;
// with a letter, Error{bad_data} when there is no surplus or the template is bad: a run that
// fails is not recorded.
StatementReport audit_statement(Context& ctx, const StatementInput& input);

}  // namespace clerk::directpay
