#include "clerk/diary/action_tables.hpp"

#include <string>

namespace clerk::diary {

std::vector<render::Column> action_columns() {
  using render::Kind;
  return {{"id", "ID", Kind::integer},
          {"text", "Action", Kind::text},
          {"owner", "Owner", Kind::text},
          {"due_on", "Due", Kind::date},
          {"overdue", "Overdue", Kind::boolean},
          {"meeting", "Meeting", Kind::integer},
          {"case", "Case", Kind::text},
          {"done_on", "Done", Kind::date},
          {"note", "Note", Kind::text},
          {"owner_contact", "Owner contact", Kind::integer},
          {"cancelled_on", "Cancelled", Kind::date},
          {"cancel_reason", "Why cancelled", Kind::text}};
}

std::vector<render::Cell> action_cells(const Action& a, Date today) {
  auto opt = [](const std::string& s) { return s.empty() ? render::Cell() : render::Cell(s); };
  return {a.id,
          a.text,
          a.owner_label(),
          a.due_on,
          a.overdue(today),
          a.event_id ? render::Cell(*a.event_id) : render::Cell(),
          opt(a.case_ref),
          a.done_on ? render::Cell(*a.done_on) : render::Cell(),
          opt(a.done_note),
          a.owner_contact_id ? render::Cell(*a.owner_contact_id) : render::Cell(),
          a.cancelled_on ? render::Cell(*a.cancelled_on) : render::Cell(),
          opt(a.cancel_reason)};
}

}  // namespace clerk::diary
