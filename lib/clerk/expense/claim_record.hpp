// The expense item's columns, each listed once (db/record_spec.hpp): the store's select list,
// reads, writes and bulk-load values are derived from it. Exports and imports of expenses keep
// their own published columns (expense_tables, expense_import): they name things as a claimant
// does (a login, pounds), not as the table stores them.
#pragma once

#include "clerk/db/record_spec.hpp"
#include "clerk/expense/claim.hpp"

namespace clerk::expense {

// The table `expense`, aliased `e` in the select list. The claimant's and the decider's logins
// are not columns of it: a query joins them after the spec's columns.
const db::RecordSpec<Claim>& claim_record();

}  // namespace clerk::expense
