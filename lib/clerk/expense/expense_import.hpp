// Loading expense items in bulk from CSV or JSON (a card statement, a legacy spreadsheet, an
// export of another clerk) and exporting them in the same shape.
#pragma once

#include <cstdint>
#include <functional>
#include <istream>
#include <memory>
#include <string>

#include "clerk/expense/expense_ops.hpp"
#include "clerk/session/context.hpp"

namespace clerk::expense {

struct ImportSummary {
  int64_t rows = 0;
  int64_t first_id = 0;  // 0 for a dry run
  int64_t last_id = 0;
};

// Opens the input from its start; import reads a CSV twice rather than holding its rows.
using InputOpener = std::function<std::unique_ptr<std::istream>()>;

// Checks every row first — any bad row is an Error{bad_data} listing each bad line and why, and
// nothing is written — then writes them all in one transaction with one audit batch entry.
// CSV is streamed; JSON (an array of objects, money as integer *_pence as `export` writes it)
// is parsed whole. Columns are found by name, renamed by [expenses.import_columns]; unknown
// columns are ignored. Negative amounts need `refund`. Needs the finance, manager or admin
// role, since imported items may already be approved or paid.
ImportSummary import_claims(Context& ctx, const InputOpener& open, const std::string& source,
                            bool dry_run, bool refund);

}  // namespace clerk::expense
