// The staff operations commands call: add, list, set, retire (admins only), and role checks.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "clerk/people/staff.hpp"
#include "clerk/session/context.hpp"

namespace clerk::people {

struct StaffChange {
  std::optional<std::string> name;
  std::optional<std::string> email;
  std::optional<std::string> role;
  std::optional<std::string> approval_limit;  // money text, as typed
  std::optional<std::string> db_role;         // "" for the role named as the login
};

// Error{not_permitted} unless the acting user is an active admin: "`doing` needs the admin
// role" (a gerund: "restoring the database").
void require_admin(Context& ctx, std::string_view doing);

// Once any staff exist, only active staff may use the database: Error{not_permitted} naming
// --user otherwise. On a team database the acting member of staff is the one whose db_role (or,
// without one, whose login) is the PostgreSQL role the session logged in as, and the context is
// set to act as them. Commands check this after opening it (Cli::open), `init` and `db check`
// do not. `owner_may_act`: the owner of clerk's tables (the office's IT person, who moved the
// office in with `db copy` and is on no staff list) may act under their role's own name, as for
// `db grants --apply` and setting the staff's db roles; Cli::open allows it for the commands
// that need the administer permission.
void require_acting_staff(Context& ctx, bool owner_may_act = false);

// Adds a member of staff; the acting user must be an admin, except when adding the very first
// one (which `clerk init` does for the acting user).
Staff add_staff(Context& ctx, const std::string& login, const std::string& name,
                const StaffChange& details);
std::vector<Staff> list_staff(Context& ctx, bool include_retired);
Staff set_staff(Context& ctx, const std::string& login, const StaffChange& change);
// Marks a member of staff retired (kept for the audit trail); the last admin cannot go.
Staff retire_staff(Context& ctx, const std::string& login);
// Error{missing} with near-miss logins when nobody has that login.
Staff get_staff(Context& ctx, std::string_view login);

}  // namespace clerk::people
