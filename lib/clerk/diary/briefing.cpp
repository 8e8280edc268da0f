#include "clerk/diary/briefing.hpp"

#include "clerk/access/access.hpp"
#include "clerk/core/duration.hpp"
#include "clerk/core/text.hpp"
#include "clerk/diary/action_store.hpp"
#include "clerk/diary/agenda_ops.hpp"
#include "clerk/diary/case_link.hpp"
#include "clerk/diary/diary_tables.hpp"
#include "clerk/diary/papers_ops.hpp"
#include "clerk/people/contact_store.hpp"

namespace clerk::diary {
namespace {

using render::Cell;
using render::Column;
using render::Kind;

Cell opt(const std::string& s) { return s.empty() ? Cell() : Cell(s); }

std::string travel_text(const Occurrence& o) {
  int t = o.event->travel_minutes;
  if (t == 0 || o.event->all_day) return "";
  return format_duration(t) + " each way: leave by " + o.start.plus_minutes(-t).hhmm() +
         ", back by " + o.end.plus_minutes(t).hhmm();
}

render::Table details(Context& ctx, const Occurrence& o) {
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
                       {{e.id, time_span(o), word(e.kind), opt(e.place), opt(travel_text(o)),
                         status, opt(agenda_of(ctx, o))}}};
}

// Attendees with how to reach them: a contact's organisation, email and phone from the contact
// record as it is now; staff by their email.
render::Table attendees(Context& ctx, const Event& e) {
  render::Table t{{{"name", "Name", Kind::text},
                   {"role", "Who", Kind::text},
                   {"organisation", "Organisation", Kind::text},
                   {"email", "Email", Kind::text},
                   {"phone", "Phone", Kind::text}},
                  {}};
  for (const auto& a : e.attendees) {
    if (a.contact_id) {
      if (auto c = people::find_contact(ctx.db(), *a.contact_id)) {
        t.rows.push_back(
            {c->name, std::string("contact"), opt(c->organisation), opt(c->email), opt(c->phone)});
        continue;
      }
    }
    t.rows.push_back(
        {a.name, std::string(a.staff_id ? "staff" : "guest"), Cell(), opt(a.email), Cell()});
  }
  return t;
}

render::Table cases(Context& ctx, const Event& e) {
  render::Table t{{{"ref", "Case", Kind::text},
                   {"status", "Status", Kind::text},
                   {"latest", "Latest correspondence", Kind::text},
                   {.key = "marking", .label = "Marking", .kind = Kind::text, .marks = true}},
                  {}};
  for (const auto& ref : e.case_refs) {
    LinkedCase c = linked_case(ctx, ref);
    t.rows.push_back({c.ref, opt(c.status), opt(c.latest_correspondence), opt(c.marking)});
  }
  return t;
}

// Open actions owned by staff at the event, on its cases, or from this meeting.
render::Table actions(Context& ctx, const Event& e) {
  render::Table t{{{"id", "ID", Kind::integer},
                   {"text", "Action", Kind::text},
                   {"owner", "Owner", Kind::text},
                   {"due_on", "Due", Kind::date},
                   {"case", "Case", Kind::text},
                   {"overdue", "Overdue", Kind::boolean}},
                  {}};
  ActionFilter f;
  f.open_only = true;
  for (const auto& a : e.attendees) {
    if (a.staff_id) f.owner_ids.push_back(*a.staff_id);
    if (a.contact_id) f.owner_contact_ids.push_back(*a.contact_id);
  }
  f.case_refs = e.case_refs;
  f.event_id = e.id;
  for_each_action(ctx.db(), f, [&](const Action& a) {
    t.rows.push_back(
        {a.id, a.text, a.owner_label(), a.due_on, opt(a.case_ref), a.overdue(ctx.today())});
  });
  return t;
}

// The pack prints attendees' phone numbers and emails: logged like `case show` (UK GDPR
// accountability), naming the contacts it shows.
void record_briefing_access(Context& ctx, Date day, const Agenda& agenda) {
  std::vector<int64_t> contacts;
  for (const auto& o : agenda.occurrences)
    for (const auto& a : o.event->attendees)
      if (a.contact_id) contacts.push_back(*a.contact_id);
  access::record_access(
      ctx, "diary brief",
      "briefing for " + day.iso() + ": " + std::to_string(agenda.occurrences.size()) + " events",
      std::move(contacts), int64_t(agenda.occurrences.size()));
}

}  // namespace

render::Document briefing(Context& ctx, Date day, const std::string& diary) {
  AgendaFilter filter;
  filter.diary = diary;
  filter.with_people = true;
  Agenda agenda = load_agenda(ctx, date_range(day, day), filter);
  render::Document doc;
  doc.title = "Briefing for " + long_day(day) + (diary.empty() ? "" : " (" + diary + ")");
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
    overview.rows.push_back({time_span(o), o.event->id, o.event->title, opt(o.event->place)});
  doc.blocks.push_back(render::Section{"events", "The day", overview, false});
  int n = 0;
  for (const auto& o : agenda.occurrences) {
    const Event& e = *o.event;
    // Keys number the events of the day so JSON members stay unique when a series recurs.
    std::string key = "event_" + std::to_string(++n);
    doc.blocks.push_back(render::Heading{1, time_span(o) + "  " + e.title});
    doc.blocks.push_back(render::Section{key, "", details(ctx, o), true});
    if (!e.attendees.empty())
      doc.blocks.push_back(render::Section{key + "_attendees", "With", attendees(ctx, e), false});
    if (!e.case_refs.empty())
      doc.blocks.push_back(render::Section{key + "_cases", "Linked cases", cases(ctx, e), false});
    render::Table open = actions(ctx, e);
    if (!open.rows.empty())
      doc.blocks.push_back(render::Section{key + "_actions", "Open actions", open, false});
  }
  record_briefing_access(ctx, day, agenda);
  return doc;
}

}  // namespace clerk::diary
