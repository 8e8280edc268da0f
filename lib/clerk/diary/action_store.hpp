// The diary_action table's SQL.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "clerk/db/connection.hpp"
#include "clerk/diary/action.hpp"

namespace clerk::diary {

struct ActionFilter {
  std::optional<int64_t> owner_id;
  std::optional<int64_t> owner_contact_id;
  bool open_only = false;
  std::optional<Date> due_before;  // overdue: open and due before this day
  // Open actions touching any of these (the briefing's attendees, cases and meeting).
  std::vector<int64_t> owner_ids;
  std::vector<int64_t> owner_contact_ids;
  std::vector<std::string> case_refs;
  std::optional<int64_t> event_id;
  // Set by limit_to_own (action_visibility.hpp) when it narrowed the list to the acting member
  // of staff's own actions; with `hidden`, everyone else's instead.
  bool own_only = false;
  bool hidden = false;
};

std::optional<Action> find_action(db::Connection& db, int64_t id);
// Streams matching actions by due date, then id.
void for_each_action(db::Connection& db, const ActionFilter& filter,
                     const std::function<void(const Action&)>& each);
int64_t count_actions(db::Connection& db, const ActionFilter& filter);
int64_t insert_action(db::Connection& db, const Action& action);
void update_action(db::Connection& db, const Action& action);

}  // namespace clerk::diary
