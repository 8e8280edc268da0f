#include "clerk/expense/claim_visibility.hpp"

#include <optional>

#include "clerk/core/error.hpp"
#include "clerk/people/permission.hpp"

namespace clerk::expense {
namespace {

Error refusal(std::string_view what, std::string_view doing, const people::Staff& me) {
  return Error(ErrorKind::not_permitted,
               std::string(what) + people::needs_role_message(
                                       doing, people::roles_with(people::Permission::finance), me));
}

}  // namespace

void limit_to_own(Context& ctx, ClaimFilter& filter) {
  std::optional<people::Staff> me = people::acting_staff_without(ctx, people::Permission::finance);
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
  std::optional<people::Staff> me = people::acting_staff_without(ctx, people::Permission::finance);
  if (!me || c.claimant_id == me->id) return;
  throw refusal("expense item " + std::to_string(c.id) + " is " + c.claimant + "'s: ",
                "another person's expense item", *me)
      .field("id");
}

void require_may_act_for(Context& ctx, int64_t claimant_id, std::string_view doing) {
  std::optional<people::Staff> me = people::acting_staff_without(ctx, people::Permission::finance);
  if (!me || claimant_id == me->id) return;
  throw refusal("", doing, *me).field("claimant");
}

}  // namespace clerk::expense
