#include "clerk/expense/claim_visibility.hpp"

#include <optional>

#include "clerk/core/error.hpp"
#include "clerk/people/permission.hpp"
#include "clerk/people/staff_store.hpp"

namespace clerk::expense {
namespace {

// The acting member of staff when their role limits them to their own items. Nobody is limited
// before `init` adds the first member of staff (require_acting_staff has let the command
// through).
std::optional<people::Staff> limited_viewer(Context& ctx) {
  std::optional<people::Staff> me = people::find_staff(ctx.db(), ctx.user());
  if (me && people::permits(me->role, people::Permission::finance)) return std::nullopt;
  return me;
}

Error refusal(std::string_view what, std::string_view doing, const people::Staff& me) {
  return Error(ErrorKind::not_permitted,
               std::string(what) + people::needs_role_message(
                                       doing, people::roles_with(people::Permission::finance), me));
}

}  // namespace

void limit_to_own(Context& ctx, ClaimFilter& filter) {
  std::optional<people::Staff> me = limited_viewer(ctx);
  if (!me) return;
  if (filter.claimant_id && *filter.claimant_id != me->id)
    throw refusal("", "listing another person's expense items", *me).field("claimant");
  if (!filter.claimant_id) filter.own_only = true;
  filter.claimant_id = me->id;
}

int64_t hidden_count(Context& ctx, const ClaimFilter& filter) {
  if (!filter.own_only) return 0;
  ClaimFilter others = filter;
  others.hidden = true;
  return count_claims(ctx.db(), others);
}

void require_own(Context& ctx, const Claim& c) {
  std::optional<people::Staff> me = limited_viewer(ctx);
  if (!me || c.claimant_id == me->id) return;
  throw refusal("expense item " + std::to_string(c.id) + " is " + c.claimant + "'s: ",
                "another person's expense item", *me)
      .field("id");
}

void require_may_act_for(Context& ctx, int64_t claimant_id, std::string_view doing) {
  std::optional<people::Staff> me = limited_viewer(ctx);
  if (!me || claimant_id == me->id) return;
  throw refusal("", doing, *me).field("claimant");
}

}  // namespace clerk::expense
