// When the diary is busy and when it is free: clashes in an agenda, and free slots in working
// hours.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "clerk/diary/agenda_ops.hpp"
#include "clerk/diary/free_slots.hpp"

namespace clerk::diary {

// Every clash between occurrences in the same diary in the agenda, earliest first.
void for_each_conflict(const Agenda& agenda, const std::function<void(const Clash&)>& each);

// Free slots of at least `length` (typed, e.g. "1h") in working hours, bank holidays excluded.
std::vector<Slot> find_free(Context& ctx, const Period& period, std::string_view length,
                            const std::string& diary);

}  // namespace clerk::diary
