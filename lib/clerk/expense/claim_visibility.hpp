// Whose expense items the acting member of staff may see and change. Finance officers, managers
// and admins work on everyone's (people::Permission::finance); volunteers and caseworkers only
// on their own: they claim for themselves, and list, show, edit, delete and submit their own
// items. Lists leave the rest out and say how many on stderr; naming another person's item or
// claiming for someone else is refused (77). Budget and report totals stay whole.
#pragma once

#include <cstdint>
#include <string_view>

#include "clerk/expense/claim.hpp"
#include "clerk/expense/claim_store.hpp"
#include "clerk/session/context.hpp"

namespace clerk::expense {

// Limits `filter` to the acting member of staff's own items when their role works only on
// their own; Error{not_permitted} when it names someone else as claimant.
void limit_to_own(Context& ctx, ClaimFilter& filter);

// How many items `filter` (as limit_to_own left it) matches that belong to someone else and so
// were left out: 0 when nothing was.
int64_t hidden_count(Context& ctx, const ClaimFilter& filter);

// Error{not_permitted} when `c` belongs to someone else and the acting member of staff works
// only on their own items.
void require_own(Context& ctx, const Claim& c);

// Error{not_permitted} when `claimant_id` is someone else and the acting member of staff may
// claim (and submit) only for themselves; `doing` says what was asked ("claiming for tom").
void require_may_act_for(Context& ctx, int64_t claimant_id, std::string_view doing);

}  // namespace clerk::expense
