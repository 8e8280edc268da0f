// The payment_schedule and statement_audit tables' SQL.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "clerk/db/connection.hpp"
#include "clerk/directpay/schedule.hpp"

namespace clerk::directpay {

// A recipient's schedules, oldest first; every recipient's when `contact_id` is empty.
std::vector<Schedule> list_schedules(db::Connection& db, std::optional<int64_t> contact_id);
int64_t insert_schedule(db::Connection& db, const Schedule& schedule);
void end_schedule(db::Connection& db, int64_t id, Date ends_on);
// Changes the amount and frequency of schedule `schedule.id`.
void update_schedule(db::Connection& db, const Schedule& schedule);

// What one `audit statement` run read and concluded.
struct StatementRun {
  int64_t contact_id = 0;
  Date run_on;
  std::string source;
  std::string sha256;
  Date from, to;  // inclusive
  int64_t lines = 0;
  Money closing, owed, contingency, surplus, unexplained, missing;
};
int64_t insert_statement_run(db::Connection& db, const StatementRun& run);

}  // namespace clerk::directpay
