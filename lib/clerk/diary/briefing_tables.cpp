#include "clerk/diary/briefing_tables.hpp"

#include "clerk/core/duration.hpp"
#include "clerk/core/text.hpp"
#include "clerk/diary/diary_tables.hpp"

namespace clerk::diary {
namespace {

using render::Cell;
using render::Column;
using render::Kind;
using render::optional_cell;

std::string travel_text(const Occurrence& o) {
  int t = o.event->travel_minutes;
  if (t == 0 || o.event->all_day) return "";
  return format_duration(t) + " each way: leave by " + o.start.plus_minutes(-t).hhmm() +
         ", back by " + o.end.plus_minutes(t).hhmm();
}

render::Table details(const Occurrence& o, const BriefedEvent& b) {
  const Event& e = *o.event;
  std::string status = e.tentative ? "tentative" : "confirmed";
  if (o.moved) status += ", moved from " + o.original.iso();
  return render::Table{{{"id", "Event", Kind::integer},
                        {"time", "Time", Kind::text},
                        {"kind", "Kind", Kind::text},
                        {"place", "Place", Kind::text},
                        {"travel", "Travel", Kind::text},
                        {"status", "Status", Kind::text},
                        {"agenda", "Agenda", Kind::text}},
                       {{e.id, time_span(o), word(e.kind), optional_cell(e.place),
                         optional_cell(travel_text(o)), status, optional_cell(b.agenda)}}};
}

// Attendees with how to reach them: a contact's organisation, email and phone from the contact
// record as it is now; staff by their email.
render::Table attendees(const Event& e, const BriefedEvent& b) {
  render::Table t{{{"name", "Name", Kind::text},
                   {"role", "Who", Kind::text},
                   {"organisation", "Organisation", Kind::text},
                   {"email", "Email", Kind::text},
                   {"phone", "Phone", Kind::text}},
                  {}};
  for (size_t i = 0; i < e.attendees.size(); ++i) {
    const Attendee& a = e.attendees[i];
    if (const auto& c = b.contacts[i]) {
      t.rows.push_back({c->name, std::string("contact"), optional_cell(c->organisation),
                        optional_cell(c->email), optional_cell(c->phone)});
      continue;
    }
    t.rows.push_back({a.name, std::string(a.staff_id ? "staff" : "guest"), Cell(),
                      optional_cell(a.email), Cell()});
  }
  return t;
}

render::Table cases(const BriefedEvent& b) {
  render::Table t{{{"ref", "Case", Kind::text},
                   {"status", "Status", Kind::text},
                   {"latest", "Latest correspondence", Kind::text},
                   {.key = "marking", .label = "Marking", .kind = Kind::text, .marks = true}},
                  {}};
  for (const auto& c : b.cases)
    t.rows.push_back({c.ref, optional_cell(c.status), optional_cell(c.latest_correspondence),
                      optional_cell(c.marking)});
  return t;
}

render::Table actions(const BriefedEvent& b, Date today) {
  render::Table t{{{"id", "ID", Kind::integer},
                   {"text", "Action", Kind::text},
                   {"owner", "Owner", Kind::text},
                   {"due_on", "Due", Kind::date},
                   {"case", "Case", Kind::text},
                   {"overdue", "Overdue", Kind::boolean}},
                  {}};
  for (const auto& a : b.actions)
    t.rows.push_back(
        {a.id, a.text, a.owner_label(), a.due_on, optional_cell(a.case_ref), a.overdue(today)});
  return t;
}

}  // namespace

render::Document briefing_document(const Briefing& briefing, Date today) {
  const Agenda& agenda = briefing.agenda;
  render::Document doc;
  doc.title = "Briefing for " + long_day(briefing.day) +
              (briefing.diary.empty() ? "" : " (" + briefing.diary + ")");
  // Issue 14: the pack prints constituents' phone numbers and e-mail addresses, which are
  // OFFICIAL; a linked OFFICIAL-SENSITIVE case raises every page to that (render/marking.hpp).
  doc.marking = "OFFICIAL";
  if (agenda.occurrences.empty()) {
    doc.blocks.push_back(render::Paragraph{"Nothing in the diary."});
    return doc;
  }
  render::Table overview{{{"time", "Time", Kind::text},
                          {"id", "ID", Kind::integer},
                          {"title", "Title", Kind::text},
                          {"place", "Place", Kind::text}},
                         {}};
  for (const auto& o : agenda.occurrences)
    overview.rows.push_back(
        {time_span(o), o.event->id, o.event->title, optional_cell(o.event->place)});
  doc.blocks.push_back(render::Section{"events", "The day", overview, false});
  for (size_t n = 0; n < agenda.occurrences.size(); ++n) {
    const Occurrence& o = agenda.occurrences[n];
    const BriefedEvent& b = briefing.events[n];
    const Event& e = *o.event;
    // Keys number the events of the day so JSON members stay unique when a series recurs.
    std::string key = "event_" + std::to_string(n + 1);
    doc.blocks.push_back(render::Heading{1, time_span(o) + "  " + e.title});
    doc.blocks.push_back(render::Section{key, "", details(o, b), true});
    if (!e.attendees.empty())
      doc.blocks.push_back(render::Section{key + "_attendees", "With", attendees(e, b), false});
    if (!e.case_refs.empty())
      doc.blocks.push_back(render::Section{key + "_cases", "Linked cases", cases(b), false});
    render::Table open = actions(b, today);
    if (!open.rows.empty())
      doc.blocks.push_back(render::Section{key + "_actions", "Open actions", open, false});
  }
  return doc;
}

}  // namespace clerk::diary
