// Bank-holiday operations: importing the official list, listing what is in force.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "clerk/core/calendar.hpp"
#include "clerk/session/context.hpp"

namespace clerk::admin {

struct ImportSummary {
  int64_t imported = 0;
  int64_t replaced = 0;
  int first_year = 0;
  int last_year = 0;
};

// Reads GOV.UK's bank-holidays.json text and replaces, for each nation and year it covers,
// the imported days held; one transaction with one batch audit entry (row count, input digest).
ImportSummary import_holidays(Context& ctx, std::string_view json_text, std::string_view source);

// Holidays in force for `nation` (default: the configured one) in a year or range.
std::vector<Holiday> holidays_in_force(Context& ctx, std::optional<Nation> nation, Date from,
                                       Date to);

}  // namespace clerk::admin
