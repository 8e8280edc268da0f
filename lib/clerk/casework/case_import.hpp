// `case import`: cases from CSV or JSON with the export's columns (case_transfer.hpp).
#pragma once

#include <cstdint>
#include <functional>
#include <istream>
#include <memory>
#include <string>

#include "clerk/session/context.hpp"

namespace clerk::casework {

struct ImportSummary {
  int64_t cases = 0;
  int64_t contacts_created = 0;
  std::string first_ref, last_ref;
  bool dry_run = false;
};

// Imports cases from CSV or JSON (see RecordReader) in one transaction, with one audit batch
// entry for the cases and one for the contacts it had to create (matched by name and email).
// Every row is checked: any bad row means Error{bad_data} listing each bad line and why, and
// nothing is written. A blank ref gets the next reference for its year of receipt, after the
// largest the file gives. `open_input` must give the same bytes each time it is called.
ImportSummary import_cases(Context& ctx,
                           const std::function<std::unique_ptr<std::istream>()>& open_input,
                           const std::string& source, bool dry_run);

}  // namespace clerk::casework
