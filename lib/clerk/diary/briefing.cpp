#include "clerk/diary/briefing.hpp"

#include "clerk/access/access.hpp"
#include "clerk/diary/action_store.hpp"
#include "clerk/diary/papers_ops.hpp"
#include "clerk/people/contact_store.hpp"

namespace clerk::diary {
namespace {

BriefedEvent brief_event(Context& ctx, const Occurrence& o) {
  const Event& e = *o.event;
  BriefedEvent b;
  b.agenda = agenda_of(ctx, o);
  for (const auto& a : e.attendees)
    b.contacts.push_back(a.contact_id ? people::find_contact(ctx.db(), *a.contact_id)
                                      : std::nullopt);
  for (const auto& ref : e.case_refs) b.cases.push_back(linked_case(ctx, ref));
  ActionFilter f;
  f.open_only = true;
  for (const auto& a : e.attendees) {
    if (a.staff_id) f.owner_ids.push_back(*a.staff_id);
    if (a.contact_id) f.owner_contact_ids.push_back(*a.contact_id);
  }
  f.case_refs = e.case_refs;
  f.event_id = e.id;
  for_each_action(ctx.db(), f, [&](const Action& a) { b.actions.push_back(a); });
  return b;
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

Briefing load_briefing(Context& ctx, Date day, const std::string& diary) {
  AgendaFilter filter;
  filter.diary = diary;
  filter.with_people = true;
  Briefing b{day, diary, load_agenda(ctx, date_range(day, day), filter), {}};
  if (b.agenda.occurrences.empty()) return b;
  for (const auto& o : b.agenda.occurrences) b.events.push_back(brief_event(ctx, o));
  record_briefing_access(ctx, day, b.agenda);
  return b;
}

}  // namespace clerk::diary
