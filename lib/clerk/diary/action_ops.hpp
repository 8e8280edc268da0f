// The action operations commands call: add, list, done.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "clerk/diary/action.hpp"
#include "clerk/render/table.hpp"
#include "clerk/session/context.hpp"

namespace clerk::diary {

struct ActionInput {
  std::string text;
  std::string owner;                   // staff login
  std::string due;                     // a date as typed
  std::optional<std::string> meeting;  // event id
  std::optional<std::string> case_ref;
};
Action add_action(Context& ctx, const ActionInput& input);

struct ActionListInput {
  std::optional<std::string> owner;
  bool overdue = false;  // open and due before today
  bool open = false;
};
void for_each_action(Context& ctx, const ActionListInput& input,
                     const std::function<void(const Action&)>& each);

// Marks an action done today, with an optional note. Error{bad_data} when it already is.
Action complete_action(Context& ctx, std::string_view id_text, const std::string& note);

std::vector<render::Column> action_columns();
std::vector<render::Cell> action_cells(const Action& action, Date today);

}  // namespace clerk::diary
