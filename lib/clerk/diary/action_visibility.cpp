#include "clerk/diary/action_visibility.hpp"

#include <optional>
#include <string>

#include "clerk/core/error.hpp"
#include "clerk/people/permission.hpp"
#include "clerk/people/staff_store.hpp"

namespace clerk::diary {
namespace {

// The acting member of staff when their role limits them to their own actions. Nobody is
// limited before `init` adds the first member of staff.
std::optional<people::Staff> limited_viewer(Context& ctx) {
  std::optional<people::Staff> me = people::find_staff(ctx.db(), ctx.user());
  if (me && people::permits(me->role, people::Permission::casework)) return std::nullopt;
  return me;
}

Error refusal(const std::string& what, std::string_view doing, const people::Staff& me) {
  return Error(ErrorKind::not_permitted,
               what + people::needs_role_message(
                          doing, people::roles_with(people::Permission::casework), me));
}

}  // namespace

void limit_to_own(Context& ctx, ActionFilter& filter) {
  std::optional<people::Staff> me = limited_viewer(ctx);
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
  std::optional<people::Staff> me = limited_viewer(ctx);
  if (!me || (!a.owner_contact_id && a.owner_id == me->id)) return;
  std::string what = a.id ? "action " + std::to_string(a.id) + " is not yours: " : "";
  throw refusal(what, a.id ? "another person's action" : "giving an action to someone else", *me)
      .field(a.id ? "id" : "owner");
}

}  // namespace clerk::diary
