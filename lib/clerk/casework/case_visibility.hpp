// Which cases the acting member of staff may see. The permission table (people/permission.hpp)
// says which commands a role may run; this says which cases: a volunteer the cases assigned to
// them; a caseworker every OFFICIAL case, and an OFFICIAL-SENSITIVE one only when it is assigned
// to them, they handled it at stage 1 (a complaint) or it is shared with them (`case share`);
// managers and admins every case. Lists,
// searches and exports leave the rest out and say how many on stderr; a command on one of them
// is refused (77). Report counts stay whole.
#pragma once

#include <cstdint>

#include "clerk/casework/case.hpp"
#include "clerk/casework/case_store.hpp"
#include "clerk/session/context.hpp"

namespace clerk::casework {

// Limits `filter` to the cases the acting member of staff may see.
void limit_to_visible(Context& ctx, CaseFilter& filter);

// How many cases `filter` (as limit_to_visible left it) matches that the acting member of
// staff may not see: 0 for those who see every case.
int64_t hidden_count(Context& ctx, const CaseFilter& filter);

// Error{not_permitted} naming who may see `c` when the acting member of staff may not.
void require_visible(Context& ctx, const Case& c);

}  // namespace clerk::casework
