// The read `audit expenses` makes of the expense table: the facts each check needs, streamed.
#pragma once

#include <functional>

#include "clerk/core/period.hpp"
#include "clerk/db/connection.hpp"
#include "clerk/expense/expense_checks.hpp"

namespace clerk::expense {

// Calls `each` for every item not rejected dated in `period`, and every car mileage item from
// `miles_from` on (the start of the tax year, so earlier miles count), in claimant, date and id
// order. The table is read straight through and the items sorted here, holding about 70 bytes an
// item (70 MB for a million): SQLite's own ORDER BY (a temporary b-tree, or the claimant index with
// a random table lookup per row) takes 3 to 5 s over a million items.
void for_each_check_item(db::Connection& db, const Period& period, Date miles_from,
                         const std::function<void(const CheckItem&)>& each);

}  // namespace clerk::expense
