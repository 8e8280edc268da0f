// Case import and export: the same columns both ways, so an export loads into another database.
#pragma once

#include <functional>
#include <istream>
#include <memory>
#include <string>
#include <vector>

#include "clerk/casework/case_store.hpp"
#include "clerk/render/table.hpp"
#include "clerk/session/context.hpp"

namespace clerk::casework {

// ref, type, subject, contact, contact_email, contact_phone, contact_address, category,
// channel, priority, marking, status, outcome, received_on, acknowledged_on, assignee, body,
// awaiting_on, follow_up_on, escalated_on, closed_on, extension_months.
std::vector<render::Column> transfer_columns();
std::vector<render::Cell> transfer_cells(const CaseRow& row);

struct ImportSummary {
  int64_t cases = 0;
  int64_t contacts_created = 0;
  std::string first_ref, last_ref;
  bool dry_run = false;
};

// Imports cases from CSV or JSON (see RecordReader). Every row is checked first: any bad row
// means Error{bad_data} listing each bad line and why, and nothing is written. Then one
// transaction inserts them with one audit batch entry (plus one for contacts it had to create,
// matched by name and email). `open_input` is called once per pass and must give the same
// bytes each time. A blank ref gets the next reference for its year of receipt.
ImportSummary import_cases(Context& ctx,
                           const std::function<std::unique_ptr<std::istream>()>& open_input,
                           const std::string& source, bool dry_run);

}  // namespace clerk::casework
