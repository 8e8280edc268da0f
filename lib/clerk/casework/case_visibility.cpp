#include "clerk/casework/case_visibility.hpp"

#include <optional>

#include "clerk/core/error.hpp"
#include "clerk/people/staff_store.hpp"

namespace clerk::casework {
namespace {

struct Viewer {
  CaseScope scope = CaseScope::all;
  int64_t id = 0;
  people::Role role = people::Role::admin;
};

// Before `init` adds the first member of staff nobody is limited (require_acting_staff has let
// the command through).
Viewer viewer(Context& ctx) {
  std::optional<people::Staff> me = people::find_staff(ctx.db(), ctx.user());
  if (!me) return {};
  return {people::case_scope(me->role), me->id, me->role};
}

bool visible(Context& ctx, const Viewer& v, const Case& c) {
  const bool assigned = c.assignee_id && *c.assignee_id == v.id;
  switch (v.scope) {
    case CaseScope::all:
      return true;
    case CaseScope::assigned:
      return assigned;
    case CaseScope::sensitive_limited:
      return c.marking != Marking::official_sensitive || assigned ||
             (c.stage1_handler_id && *c.stage1_handler_id == v.id) ||
             is_shared_with(ctx.db(), c.id, v.id);
  }
  return false;
}

}  // namespace

void limit_to_visible(Context& ctx, CaseFilter& filter) {
  Viewer v = viewer(ctx);
  filter.scope = v.scope;
  filter.viewer_id = v.id;
}

int64_t hidden_count(Context& ctx, const CaseFilter& filter) {
  if (filter.scope == CaseScope::all) return 0;
  // What a team database's row-level security leaves out as well as what clerk does: the
  // whole count comes from case_facts, which sees every case.
  return count_cases(ctx.db(), filter, Count::whole) - count_cases(ctx.db(), filter, Count::shown);
}

bool may_see(Context& ctx, const Case& c) { return visible(ctx, viewer(ctx), c); }

void require_visible(Context& ctx, const Case& c) {
  Viewer v = viewer(ctx);
  if (visible(ctx, v, c)) return;
  if (v.scope == CaseScope::assigned)
    throw Error(ErrorKind::not_permitted, c.ref + " is not assigned to '" + ctx.user() +
                                              "': a volunteer sees only the cases assigned to them")
        .field("case");
  throw Error(ErrorKind::not_permitted,
              c.ref +
                  " is OFFICIAL-SENSITIVE: only its assignee, its stage-1 handler, staff it is "
                  "shared with, managers and admins may see it")
      .field("case");
}

void require_sees_cases_of(Context& ctx, const people::Contact& contact) {
  CaseFilter filter;
  filter.contact_id = contact.id;
  limit_to_visible(ctx, filter);
  if (int64_t n = hidden_count(ctx, filter))
    throw Error(ErrorKind::not_permitted,
                contact.name + " has " + std::to_string(n) + (n == 1 ? " case" : " cases") +
                    " that " + ctx.user() +
                    " may not see: a manager or admin may merge this contact")
        .field("duplicate");
}

void require_still_visible(Context& ctx, const Case& after) {
  Viewer v = viewer(ctx);
  if (visible(ctx, v, after)) return;
  throw Error(ErrorKind::not_permitted,
              "after this change " + ctx.user() + " could no longer see " + after.ref +
                  " (an OFFICIAL-SENSITIVE case is seen by its assignee, its stage-1 handler, "
                  "staff it is shared with, managers and admins): a manager or admin may make it")
      .field("case");
}

}  // namespace clerk::casework
