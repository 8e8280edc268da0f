// `clerk db grants`: the same rules clerk enforces (people/permission.hpp, the visibility of
// cases, expense items and actions), enforced by PostgreSQL too, so that `psql` is no way around
// them. The SQL creates the group roles (people/db_roles.hpp), takes every privilege on clerk's
// tables from PUBLIC, gives each group what its commands need (reading, and writing where its
// permission allows), gives no role UPDATE or DELETE on the trail (retention goes through two
// functions that run as the owner), turns on row-level security for cases (as
// casework/case_visibility.hpp decides who sees one), their timelines, clock stops, shares,
// search text and contacts, and for expense items and actions, and makes each member of
// staff's login role a member of their group.
#pragma once

#include <string>

#include "clerk/session/context.hpp"

namespace clerk::admin {

// The whole script, one statement per line group, for the database `ctx` has open. On a team
// database, Error{internal} when it holds a table this binary has no privileges for.
std::string grants_sql(Context& ctx);

// Runs grants_sql in one transaction, with an audit entry. Team mode only; must be run as the
// owner of clerk's tables (Error{not_permitted} naming them otherwise).
void apply_grants(Context& ctx);

}  // namespace clerk::admin
