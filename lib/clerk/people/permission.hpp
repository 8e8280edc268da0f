// Who may run what: each command needs one permission, and each permission is held by a fixed
// set of roles. The README's permission table is this one; the permission matrix test runs every
// command as every role against it. Finer rules sit with the records they guard: which cases
// a role sees (casework/case_visibility.hpp), who may approve which claim (expense/claim.cpp).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "clerk/people/staff.hpp"
#include "clerk/session/context.hpp"

namespace clerk::people {

enum class Permission {
  anyone,          // every role: the diary (read), their own expenses and actions, staff list
  assigned_cases,  // volunteer, caseworker, manager, admin: cases (a volunteer, their own)
  casework,        // caseworker, manager, admin: opening and moving cases, contacts, letters,
                   // diary changes
  reports,         // caseworker, finance, manager, admin: caseload and diary report counts
  finance,         // finance, manager, admin: approvals, payment runs, budgets, every expense,
                   // Direct Payments schedules and statements
  oversight,       // manager, admin: the audit trail and access log, SAR exports, the monthly
                   // pack, saved reports, the database check
  administer,      // admin: staff, retention, backups, restores, bank holidays
};

const EnumWords& enum_words(Permission);

// The roles that hold `p`, in the order they are listed to people.
const std::vector<Role>& roles_with(Permission p);
bool permits(Role role, Permission p);

// Which cases a role sees (casework/case_visibility.hpp applies it; admin/team_grants.cpp
// writes it as row-level security).
enum class CaseScope {
  all,               // managers and admins
  assigned,          // a volunteer: the cases assigned to them
  sensitive_limited  // a caseworker: OFFICIAL ones, and OFFICIAL-SENSITIVE ones assigned to
                     // them, that they handled at stage 1 or that are shared with them
};
CaseScope case_scope(Role role);

// Error{not_permitted} unless the acting member of staff holds `p`, saying who may:
// "`clerk expense approve` needs the finance, manager or admin role; 'tom' has the caseworker
// role". Nothing is checked on a database without staff (before `init` adds the first).
void require_permission(Context& ctx, Permission p, std::string_view doing);

// The acting member of staff when they lack `p`, so that a rule limits them to their own records
// (expense items, actions); nullopt when they hold it, or before `init` adds the first member of
// staff (require_acting_staff has let the command through).
std::optional<Staff> acting_staff_without(Context& ctx, Permission p);

// The refusal's wording, for checks made elsewhere against the same role lists.
std::string needs_role_message(std::string_view doing, const std::vector<Role>& roles,
                               const Staff& who);

}  // namespace clerk::people
