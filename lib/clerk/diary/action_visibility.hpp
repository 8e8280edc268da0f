// Whose actions the acting member of staff may see and change. Those who may change the diary
// (people::Permission::casework: caseworkers, managers, admins) work on every action; volunteers
// and finance officers only on their own: they add actions for themselves and list, edit,
// complete and cancel those they own. Lists leave the rest out and say how many on stderr;
// another person's action is refused (77).
#pragma once

#include <cstdint>

#include "clerk/diary/action.hpp"
#include "clerk/diary/action_store.hpp"
#include "clerk/session/context.hpp"

namespace clerk::diary {

// Limits `filter` to the acting member of staff's own actions when their role works only on
// their own; Error{not_permitted} when it names another owner.
void limit_to_own(Context& ctx, ActionFilter& filter);

// How many actions `filter` (as limit_to_own left it) matches that belong to someone else and
// so were left out: 0 when nothing was.
int64_t hidden_count(Context& ctx, const ActionFilter& filter);

// Error{not_permitted} when `a` is owned by someone else (a colleague or a contact) and the
// acting member of staff works only on their own actions: checked on the action as found and
// again as it is about to be written, so nobody hands an action to someone else either.
void require_own(Context& ctx, const Action& a);

}  // namespace clerk::diary
