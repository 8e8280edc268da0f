// What only the owner of clerk's tables on a team database may do: apply the grants (it changes
// privileges and policies) and restore a backup (it empties every table, the trail included,
// which no role may otherwise).
#pragma once

#include <string_view>

#include "clerk/session/context.hpp"

namespace clerk::admin {

// Error{not_permitted} unless the session's role owns clerk's tables (or is a superuser),
// naming the owner; `doing` is the command, as "`clerk db grants --apply`", and `otherwise`
// another way to get it done, appended to the message.
void require_schema_owner(Context& ctx, std::string_view doing, std::string_view otherwise = "");

}  // namespace clerk::admin
