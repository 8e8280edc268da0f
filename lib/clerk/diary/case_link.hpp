// What the diary shows of a case an event or action refers to. Casework is a separate part of
// clerk: until it is wired in here, a link is its reference alone — nothing is made up.
#pragma once

#include <string>

#include "clerk/session/context.hpp"

namespace clerk::diary {

struct LinkedCase {
  std::string ref;
  std::string status;                 // empty until casework is wired in
  std::string latest_correspondence;  // likewise
};

// The one place the diary asks about a case: point this at the case store to fill in status
// and latest correspondence (and to check references when events and actions are saved).
LinkedCase linked_case(Context& ctx, const std::string& ref);

}  // namespace clerk::diary
