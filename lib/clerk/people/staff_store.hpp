// The staff table's SQL.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include <SQLiteCpp/Database.h>

#include "clerk/people/staff.hpp"

namespace clerk::people {

int64_t staff_count(SQLite::Database& db);
std::optional<Staff> find_staff(SQLite::Database& db, std::string_view login);
std::vector<Staff> list_staff(SQLite::Database& db, bool include_retired);
std::vector<std::string> staff_logins(SQLite::Database& db);
int64_t count_active_admins(SQLite::Database& db);

int64_t insert_staff(SQLite::Database& db, const Staff& staff);
void update_staff(SQLite::Database& db, const Staff& staff);

}  // namespace clerk::people
