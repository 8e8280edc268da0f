// The columns of a case export, which an import reads back (case_import.hpp), so an export
// loads into another database.
#pragma once

#include <string>
#include <vector>

#include "clerk/casework/case_store.hpp"
#include "clerk/render/table.hpp"

namespace clerk::casework {

// The columns' names: ref, type, subject, contact, contact_email, contact_phone,
// contact_address, category, channel, priority, marking, status, outcome, received_on,
// acknowledged_on, assignee, body, awaiting_on, follow_up_on, escalated_on, closed_on,
// extension_months.
const std::vector<std::string>& transfer_keys();
std::vector<render::Column> transfer_columns();
std::vector<render::Cell> transfer_cells(const CaseRow& row);

}  // namespace clerk::casework
