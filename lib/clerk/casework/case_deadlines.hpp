// The deadlines in force for stored cases, and keeping the stored (derived) deadlines in step
// with the holidays and targets they were computed from.
#pragma once

#include <optional>

#include "clerk/casework/case.hpp"
#include "clerk/casework/deadline.hpp"
#include "clerk/db/connection.hpp"
#include "clerk/session/context.hpp"

namespace clerk::casework {

// The deadlines in force for a case (deadlines_in_force), from its stored pauses.
std::optional<Deadlines> load_deadlines(Context& ctx, db::Connection& db, const Case& c);
// load_deadlines for a case a person is looking at or changing: a deadline that relies on
// provisional bank holidays says so.
std::optional<Deadlines> deadlines_of(Context& ctx, db::Connection& db, const Case& c);
// Warns once that deadlines in `due`'s year rely on provisional bank holidays.
void warn_if_provisional(Context& ctx, Date due);

// Recomputes every open case's stored deadline when the holidays or targets in force have
// changed since they were computed (a config edit, an imported holiday list).
void refresh_deadlines_if_stale(Context& ctx);

}  // namespace clerk::casework
