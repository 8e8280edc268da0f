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
  switch (me->role) {
    case people::Role::volunteer:
      return {CaseScope::assigned, me->id, me->role};
    case people::Role::caseworker:
    case people::Role::finance:  // sees no case by this table; its commands refuse it first
      return {CaseScope::sensitive_limited, me->id, me->role};
    case people::Role::manager:
    case people::Role::admin:
      break;
  }
  return {CaseScope::all, me->id, me->role};
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
  CaseFilter hidden = filter;
  hidden.hidden = true;
  hidden.limit = 0;
  int64_t n = 0;
  for_each_case_row(ctx.db(), hidden, [&](const CaseRow&) { ++n; });
  return n;
}

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

}  // namespace clerk::casework
