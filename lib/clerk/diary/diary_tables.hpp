// Diary results as tables and documents for the one renderer: the agenda (flat for scripts,
// grouped by day for people), one event, clashes and free slots.
#pragma once

#include <vector>

#include "clerk/diary/agenda_ops.hpp"
#include "clerk/diary/case_link.hpp"
#include "clerk/diary/free_slots.hpp"
#include "clerk/render/document.hpp"
#include "clerk/render/table.hpp"

namespace clerk::diary {

// One row per occurrence: date, start, end, all_day, id, kind, title, place, travel, diary,
// status (tentative, moved).
render::Table agenda_table(const Agenda& agenda);
// The same occurrences under a heading per day ("Monday 30 November 2026"), for `table`.
render::Document agenda_document(const Agenda& agenda);

// `diary show`: an event's details, its attendees, cases and changed occurrences, agenda and
// minutes, marked OFFICIAL (it names the people met), raised to the highest marking among
// `cases`, the cases it links.
render::Document event_document(const Event& event, const std::vector<LinkedCase>& cases);

std::vector<render::Column> clash_columns();
std::vector<render::Cell> clash_cells(const Clash& clash);
render::Table slot_table(const std::vector<Slot>& slots);

// "Monday 30 November 2026".
std::string long_day(Date day);
// "09:30-10:30", or "all day".
std::string time_span(const Occurrence& occurrence);

}  // namespace clerk::diary
