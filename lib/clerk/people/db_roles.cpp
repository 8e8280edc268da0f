#include "clerk/people/db_roles.hpp"

namespace clerk::people {

namespace {

constexpr Role kRoles[] = {Role::volunteer, Role::caseworker, Role::finance, Role::manager,
                           Role::admin};

std::string joined_groups() {
  std::string all;
  for (Role r : kRoles) all += (all.empty() ? "" : ", ") + group_role(r);
  return all;
}

}  // namespace

std::string group_role(Role role) { return "clerk_" + std::string(word(role)); }

std::vector<std::string> group_roles() {
  std::vector<std::string> out;
  for (Role r : kRoles) out.push_back(group_role(r));
  return out;
}

std::string sql_identifier(std::string_view name) { return "\"" + std::string(name) + "\""; }

std::string login_role(const Staff& s) { return s.db_role.empty() ? s.login : s.db_role; }

std::vector<std::string> membership_sql(const Staff& s) {
  const std::string who = sql_identifier(login_role(s));
  std::vector<std::string> out;
  if (s.active && s.role == Role::admin) {
    // An admin holds ADMIN OPTION on every group, and so may grant them to new staff; being a
    // member of the other groups too gives nothing an admin lacks.
    out.push_back("GRANT " + joined_groups() + " TO " + who + " WITH ADMIN OPTION");
    return out;
  }
  // From every group first (an admin made a caseworker loses ADMIN OPTION too), then into one.
  out.push_back("REVOKE " + joined_groups() + " FROM " + who);
  if (s.active) out.push_back("GRANT " + group_role(s.role) + " TO " + who);
  return out;
}

void sync_membership(db::Connection& db, const Staff& s) {
  if (db.backend() != db::Backend::postgres || !group_roles_exist(db) ||
      !role_exists(db, login_role(s)))
    return;
  for (const auto& statement : membership_sql(s)) db.exec(statement);
}

bool group_roles_exist(db::Connection& db) {
  return db.query_int(
             "SELECT count(*) FROM pg_roles WHERE rolname IN ('clerk_volunteer', "
             "'clerk_caseworker', 'clerk_finance', 'clerk_manager', 'clerk_admin')") == 5;
}

bool role_exists(db::Connection& db, const std::string& name) {
  db::Statement q(db, "SELECT count(*) FROM pg_roles WHERE rolname = ?");
  q.bind(1, name);
  q.step();
  return q.column(0).int64() > 0;
}

}  // namespace clerk::people
