// The actions report: actions open and overdue at the as-of day, by owner, and the overdue ones.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "clerk/core/period.hpp"
#include "clerk/diary/action.hpp"
#include "clerk/render/document.hpp"
#include "clerk/session/context.hpp"

namespace clerk::report {

struct OwnerActions {
  std::string owner;
  int64_t open = 0;     // open at the as-of day
  int64_t overdue = 0;  // of those, due before it
  int64_t done = 0;     // completed within the period
};

struct ActionFigures {
  OwnerActions total;
  std::vector<OwnerActions> by_owner;  // by login
  std::vector<diary::Action> overdue;  // oldest due first
};

ActionFigures action_figures(Context& ctx, const Period& period, Date as_of);

// Sections: actions_summary (a record), actions_by_owner and, with `list_overdue`,
// overdue_actions (at most `limit` rows, 0: all).
void add_actions(render::Document& doc, const ActionFigures& figures, Date as_of, size_t limit,
                 bool list_overdue = true);

render::Table overdue_actions_table(const std::vector<diary::Action>& overdue, Date as_of,
                                    size_t limit);

}  // namespace clerk::report
