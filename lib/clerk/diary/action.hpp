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
  // The owner: a member of staff, or someone outside the office held as a contact.
  int64_t owner_id = 0;  // 0 when the owner is a contact
  std::optional<int64_t> owner_contact_id;
  std::string owner_login;         // read with the action; not stored on it
  std::string owner_contact_name;  // likewise
  Date due_on;
  std::optional<int64_t> event_id;  // the meeting it came from
  std::string case_ref;
  Date created_on;
  std::optional<Date> done_on;
  std::string done_note;
  std::optional<Date> cancelled_on;
  std::string cancel_reason;

  bool open() const { return !done_on && !cancelled_on; }
  // For people: the staff login, or the contact's name marked as such ("Chief Constable
  // (contact)") so an owner outside the office is never read as a colleague.
  std::string owner_label() const {
    return owner_contact_id ? owner_contact_name + " (contact)" : owner_login;
  }
  // Open and due before `today`: an action due today is not yet late.
  bool overdue(Date today) const { return open() && due_on < today; }
};

}  // namespace clerk::diary
