// The action operations commands call: add, list, edit, done, cancel.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "clerk/diary/action.hpp"
#include "clerk/diary/action_store.hpp"
#include "clerk/session/context.hpp"

namespace clerk::diary {

struct ActionInput {
  std::string text;
  std::optional<std::string> owner;          // staff login
  std::optional<std::string> owner_contact;  // or a contact outside the office: id or name
  std::string due;                           // a date as typed
  std::optional<std::string> meeting;        // event id
  std::optional<std::string> case_ref;
};
Action add_action(Context& ctx, const ActionInput& input);

struct ActionListInput {
  std::optional<std::string> owner;
  bool overdue = false;  // open and due before today
  bool open = false;
};
// The filter `input` describes, limited to the actions the acting member of staff may see
// (action_visibility.hpp), every part checked before any output starts.
ActionFilter action_filter(Context& ctx, const ActionListInput& input);
// Streams the matching actions by due date, then id.
void for_each_action(Context& ctx, const ActionFilter& filter,
                     const std::function<void(const Action&)>& each);

// Marks an action done today, with an optional note. Error{bad_data} when it already is, or
// was cancelled.
Action complete_action(Context& ctx, std::string_view id_text, const std::string& note);

// What `action edit` changes; unset fields are kept. An owner given either way replaces the
// owner of the other kind.
struct ActionEdit {
  std::optional<std::string> text, owner, owner_contact, due;
};
// Rewords, reassigns or re-dates an open action. Error{usage} when nothing is given,
// Error{bad_data} when the action is done or cancelled.
Action edit_action(Context& ctx, std::string_view id_text, const ActionEdit& edit);

// Cancels an open action today, with the reason (required). It is kept, marked cancelled, and
// leaves the open and overdue lists.
Action cancel_action(Context& ctx, std::string_view id_text, const std::string& reason);

}  // namespace clerk::diary
