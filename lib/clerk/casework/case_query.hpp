// Finding cases: the filters `case list`, `case due` and `case search` take, and the walk over
// the cases that match.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "clerk/casework/case_store.hpp"
#include "clerk/session/context.hpp"

namespace clerk::casework {

struct ListInput {
  // Repeatable filters: a case matching any of the values given.
  std::vector<std::string> statuses, types, categories, assignees, priorities;
  std::string contact, marking;
  std::string opened_from, opened_to, closed_from, closed_to;
  bool overdue = false;
  std::string due_within;  // "5wd", "10d", "2w"
  std::string sort = "received";
  std::string query;  // words to search for (case search)
  int limit = 0;
};
CaseFilter make_filter(Context& ctx, const ListInput& input);
void for_each_case(Context& ctx, const CaseFilter& filter,
                   const std::function<void(const CaseRow&)>& each);

}  // namespace clerk::casework
