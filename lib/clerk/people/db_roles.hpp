// Team mode: the PostgreSQL group roles behind clerk's five roles (clerk_volunteer ...
// clerk_admin, NOLOGIN), and each member of staff's login role as a member of theirs. `clerk db
// grants` creates the groups and gives them their privileges (admin/team_grants.hpp); staff
// add, set and retire keep the memberships in step once the groups exist.
#pragma once

#include <string>
#include <vector>

#include "clerk/db/connection.hpp"
#include "clerk/people/staff.hpp"

namespace clerk::people {

// "clerk_caseworker".
std::string group_role(Role role);
// Every group role, in the order roles are listed to people.
std::vector<std::string> group_roles();

// A role (or schema) name as an SQL identifier: "jan-w" (names clerk accepts never hold a
// quote).
std::string sql_identifier(std::string_view name);

// The PostgreSQL role `s` logs in as: their db_role, or their login.
std::string login_role(const Staff& s);

// The statements that make `s`'s login role a member of their role's group and of no other
// (none while they are retired). An admin's membership carries ADMIN OPTION on every group, so
// they in turn can add staff.
std::vector<std::string> membership_sql(const Staff& s);

// On a team database whose group roles exist, puts `s`'s login role (when it exists) in their
// group, in the caller's transaction; otherwise nothing (`clerk db grants --apply` catches up).
void sync_membership(db::Connection& db, const Staff& s);

// Whether `clerk db grants --apply` has made the group roles on this server.
bool group_roles_exist(db::Connection& db);
// Whether a role called `name` exists on the server.
bool role_exists(db::Connection& db, const std::string& name);

}  // namespace clerk::people
