// Actions: things to do that come out of meetings or cases, each with an owner and a due date.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "clerk/core/date.hpp"

namespace clerk::diary {

struct Action {
  int64_t id = 0;
  std::string text;
  int64_t owner_id = 0;
  std::string owner_login;  // read with the action; not stored on it
  Date due_on;
  std::optional<int64_t> event_id;  // the meeting it came from
  std::string case_ref;
  Date created_on;
  std::optional<Date> done_on;
  std::string done_note;

  bool open() const { return !done_on; }
  // Open and due before `today`: an action due today is not yet late.
  bool overdue(Date today) const { return open() && due_on < today; }
};

}  // namespace clerk::diary
