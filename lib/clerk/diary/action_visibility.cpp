#include "clerk/diary/action_visibility.hpp"

#include <optional>
#include <string>

#include "clerk/core/error.hpp"
#include "clerk/people/permission.hpp"

namespace clerk::diary {
namespace {

Error refusal(const std::string& what, std::string_view doing, const people::Staff& me) {
  return Error(ErrorKind::not_permitted,
               what + people::needs_role_message(
                          doing, people::roles_with(people::Permission::casework), me));
}

}  // namespace

void limit_to_own(Context& ctx, ActionFilter& filter) {
  std::optional<people::Staff> me = people::acting_staff_without(ctx, people::Permission::casework);
  if (!me) return;
  if ((filter.owner_id && *filter.owner_id != me->id) || filter.owner_contact_id)
    throw refusal("", "listing another person's actions", *me).field("owner");
  if (!filter.owner_id) filter.own_only = true;
  filter.owner_id = me->id;
}

int64_t hidden_count(Context& ctx, const ActionFilter& filter) {
  if (!filter.own_only) return 0;
  ActionFilter others = filter;
  others.hidden = true;
  return count_actions(ctx.db(), others);
}

void require_own(Context& ctx, const Action& a) {
  std::optional<people::Staff> me = people::acting_staff_without(ctx, people::Permission::casework);
  if (!me || (!a.owner_contact_id && a.owner_id == me->id)) return;
  std::string what = a.id ? "action " + std::to_string(a.id) + " is not yours: " : "";
  throw refusal(what, a.id ? "another person's action" : "giving an action to someone else", *me)
      .field(a.id ? "id" : "owner");
}

}  // namespace clerk::diary
