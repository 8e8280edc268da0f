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
#include "clerk/people/contact.hpp"
#include "clerk/people/staff.hpp"
#include "clerk/session/context.hpp"

namespace clerk::casework {

// Limits `filter` to the cases the acting member of staff may see.
void limit_to_visible(Context& ctx, CaseFilter& filter);

// How many cases `filter` (as limit_to_visible left it) matches that the acting member of
// staff may not see: 0 for those who see every case.
int64_t hidden_count(Context& ctx, const CaseFilter& filter);

// Whether the acting member of staff may see `c`.
bool may_see(Context& ctx, const Case& c);

// Error{not_permitted} naming who may see `c` when the acting member of staff may not.
void require_visible(Context& ctx, const Case& c);

// Error{not_permitted} when some of `contact`'s cases are hidden from the acting member of
// staff: merging the contact would change cases they may not see (and on a team database could
// not: row-level security leaves those rows out of the update).
void require_sees_cases_of(Context& ctx, const people::Contact& contact);

// Error{not_permitted} when a change would leave the case, as `after`, out of the acting member
// of staff's sight (handing an OFFICIAL-SENSITIVE case to a colleague, marking another's case
// OFFICIAL-SENSITIVE): on a team database, row-level security refuses such a write, since a
// role may not write a row it could not then read; clerk refuses it on both backends alike.
void require_still_visible(Context& ctx, const Case& after);

}  // namespace clerk::casework
