// What the diary shows of a case an event or action refers to, through the case store.
#pragma once

#include <string>

#include "clerk/session/context.hpp"

namespace clerk::diary {

struct LinkedCase {
  std::string ref;
  std::string status;
  std::string latest_correspondence;  // "2026-11-23 out to Cardiff Council: Asked for a survey"
  std::string marking;                // OFFICIAL or OFFICIAL-SENSITIVE; "" for a removed case
};

// The canonical reference (C-2026-00042) of the case `ref` names, which must exist:
// Error{missing} naming --case otherwise.
std::string case_reference(Context& ctx, const std::string& ref);

// A linked case's status and latest correspondence; a case since removed shows its reference.
LinkedCase linked_case(Context& ctx, const std::string& ref);

}  // namespace clerk::diary
