// The staff table's SQL.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <SQLiteCpp/Database.h>

#include "clerk/db/record_spec.hpp"
#include "clerk/people/staff.hpp"

namespace clerk::people {

// The staff record's columns, listed once: its store's reads and writes.
const db::RecordSpec<Staff>& staff_record();

int64_t staff_count(SQLite::Database& db);
std::optional<Staff> find_staff(SQLite::Database& db, std::string_view login);
// The login of the staff member with `id`; empty for none.
std::string staff_login(SQLite::Database& db, std::optional<int64_t> id);
std::vector<Staff> list_staff(SQLite::Database& db, bool include_retired);
std::vector<std::string> staff_logins(SQLite::Database& db);
int64_t count_active_admins(SQLite::Database& db);

int64_t insert_staff(SQLite::Database& db, const Staff& staff);
void update_staff(SQLite::Database& db, const Staff& staff);

}  // namespace clerk::people
