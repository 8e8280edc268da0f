// The staff table's SQL.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "clerk/db/connection.hpp"
#include "clerk/db/record_spec.hpp"
#include "clerk/people/staff.hpp"

namespace clerk::people {

// The staff record's columns, listed once: its store's reads and writes.
const db::RecordSpec<Staff>& staff_record();

int64_t staff_count(db::Connection& db);
std::optional<Staff> find_staff(db::Connection& db, std::string_view login);
// The member of staff who logs in to a team database as PostgreSQL role `role`: the one whose
// db_role it is, or else the one without a db_role whose login it is.
std::optional<Staff> find_staff_by_db_role(db::Connection& db, std::string_view role);
// The login of the staff member with `id`; empty for none.
std::string staff_login(db::Connection& db, std::optional<int64_t> id);
std::vector<Staff> list_staff(db::Connection& db, bool include_retired);
std::vector<std::string> staff_logins(db::Connection& db);
int64_t count_active_admins(db::Connection& db);

int64_t insert_staff(db::Connection& db, const Staff& staff);
void update_staff(db::Connection& db, const Staff& staff);

}  // namespace clerk::people
