// Cases as tables and documents: the columns of `case list`, the whole case `case show` prints,
// and the signposting for a category.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "clerk/casework/case_store.hpp"
#include "clerk/render/document.hpp"
#include "clerk/session/context.hpp"

namespace clerk::casework {

std::vector<render::Column> case_columns(bool with_snippet = false);
std::vector<render::Cell> case_cells(const CaseRow& row, Date today, bool with_snippet = false);

// The case, its whole timeline in date order, its deadlines, and the signposting for its category.
render::Document case_document(Context& ctx, std::string_view ref);

// The services configured for a category (Error{bad_data} for an unknown category).
render::Table signpost_table(Context& ctx, const std::string& category);

}  // namespace clerk::casework
