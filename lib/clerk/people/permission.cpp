#include "clerk/people/permission.hpp"

#include "clerk/core/error.hpp"
#include "clerk/people/staff_store.hpp"

namespace clerk::people {

const EnumWords& enum_words(Permission) {
  static const EnumWords w{
      "permission",
      {"anyone", "assigned-cases", "casework", "reports", "finance", "oversight", "administer"}};
  return w;
}

const std::vector<Role>& roles_with(Permission p) {
  using R = Role;
  static const std::vector<Role> anyone = {R::volunteer, R::caseworker, R::finance, R::manager,
                                           R::admin};
  static const std::vector<Role> assigned_cases = {R::volunteer, R::caseworker, R::manager,
                                                   R::admin};
  static const std::vector<Role> casework = {R::caseworker, R::manager, R::admin};
  static const std::vector<Role> reports = {R::caseworker, R::finance, R::manager, R::admin};
  static const std::vector<Role> finance = {R::finance, R::manager, R::admin};
  static const std::vector<Role> oversight = {R::manager, R::admin};
  static const std::vector<Role> administer = {R::admin};
  switch (p) {
    case Permission::anyone:
      return anyone;
    case Permission::assigned_cases:
      return assigned_cases;
    case Permission::casework:
      return casework;
    case Permission::reports:
      return reports;
    case Permission::finance:
      return finance;
    case Permission::oversight:
      return oversight;
    case Permission::administer:
      break;
  }
  return administer;
}

bool permits(Role role, Permission p) {
  for (Role r : roles_with(p))
    if (r == role) return true;
  return false;
}

std::string needs_role_message(std::string_view doing, const std::vector<Role>& roles,
                               const Staff& who) {
  std::string list;
  for (size_t i = 0; i < roles.size(); ++i)
    list += (i == 0 ? "" : i + 1 == roles.size() ? " or " : ", ") + word(roles[i]);
  return std::string(doing) + " needs the " + list + " role; '" + who.login + "' has the " +
         word(who.role) + " role";
}

std::optional<Staff> acting_staff_without(Context& ctx, Permission p) {
  std::optional<Staff> me = find_staff(ctx.db(), ctx.user());
  if (me && permits(me->role, p)) return std::nullopt;
  return me;
}

void require_permission(Context& ctx, Permission p, std::string_view doing) {
  if (p == Permission::anyone) return;
  auto me = find_staff(ctx.db(), ctx.user());
  if (!me) return;  // no staff yet: require_acting_staff has let the command through
  if (!permits(me->role, p))
    throw Error(ErrorKind::not_permitted, needs_role_message(doing, roles_with(p), *me));
}

CaseScope case_scope(Role role) {
  switch (role) {
    case Role::volunteer:
      return CaseScope::assigned;
    case Role::caseworker:
    case Role::finance:  // sees no case by this table; its commands refuse it first
      return CaseScope::sensitive_limited;
    case Role::manager:
    case Role::admin:
      break;
  }
  return CaseScope::all;
}

}  // namespace clerk::people
