// The holiday table's SQL: bank holidays imported from an official GOV.UK list.
#pragma once

#include <vector>

#include <SQLiteCpp/Database.h>

#include "clerk/core/calendar.hpp"

namespace clerk::calendar {

std::vector<Holiday> load_imported_holidays(SQLite::Database& db);
// Ids of imported rows for `nation` in `year`.
std::vector<int64_t> imported_holiday_ids(SQLite::Database& db, Nation nation, int year);
int64_t insert_holiday(SQLite::Database& db, const Holiday& holiday);
void delete_holiday(SQLite::Database& db, int64_t id);

}  // namespace clerk::calendar
