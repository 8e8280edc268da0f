// The holiday table's SQL: bank holidays imported from an official GOV.UK list.
#pragma once

#include <vector>

#include "clerk/core/calendar.hpp"
#include "clerk/db/connection.hpp"

namespace clerk::calendar {

std::vector<Holiday> load_imported_holidays(db::Connection& db);
// Ids of imported rows for `nation` in `year`.
std::vector<int64_t> imported_holiday_ids(db::Connection& db, Nation nation, int year);
int64_t insert_holiday(db::Connection& db, const Holiday& holiday);
void delete_holiday(db::Connection& db, int64_t id);

}  // namespace clerk::calendar
