// A case export as a table: the export's columns (case_transfer.hpp) with their render kinds, and
// one case's cells, the contact and assignee given by name.
#pragma once

#include <vector>

#include "clerk/casework/case_store.hpp"
#include "clerk/render/table.hpp"

namespace clerk::casework {

std::vector<render::Column> transfer_columns();
std::vector<render::Cell> transfer_cells(const CaseRow& row);

}  // namespace clerk::casework
