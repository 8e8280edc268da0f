#include "clerk/diary/agenda_ops.hpp"

#include <algorithm>
#include <tuple>

#include "clerk/core/error.hpp"
#include "clerk/diary/event_store.hpp"

namespace clerk::diary {

Agenda load_agenda(Context& ctx, const Period& period, const AgendaFilter& filter) {
  Agenda agenda;
  agenda.period = period;
  EventQuery q;
  q.from = period.from;
  q.to = period.last_day();
  q.diary = filter.diary;
  q.with_people = filter.with_people;
  const LocalTime from = LocalTime::midnight(period.from), to = LocalTime::midnight(period.to);
  for_each_event(ctx.db(), q, [&](const Event& e) {
    if (filter.kind && e.kind != *filter.kind) return;
    agenda.events.push_back(e);
    size_t before = agenda.occurrences.size();
    for_each_occurrence(agenda.events.back(), from, to,
                        [&](const Occurrence& o) { agenda.occurrences.push_back(o); });
    // Keep only events with something in the range (a series may have none there).
    if (agenda.occurrences.size() == before) agenda.events.pop_back();
  });
  std::sort(agenda.occurrences.begin(), agenda.occurrences.end(),
            [](const Occurrence& a, const Occurrence& b) {
              return std::tuple(a.start, a.end, a.event->id) <
                     std::tuple(b.start, b.end, b.event->id);
            });
  return agenda;
}

Period week_of(Date day) {
  Date monday = day.plus_days(-int((day.weekday() - std::chrono::Monday).count()));
  return date_range(monday, monday.plus_days(6));
}

Period parse_range(Context& ctx, const RangeInput& in, const Period& fallback) {
  int forms = (in.day ? 1 : 0) + (in.week ? 1 : 0) + (in.from || in.to ? 1 : 0);
  if (forms > 1)
    throw Error(ErrorKind::usage, "give one of --day, --week or --from/--to").field("day");
  if (in.day) {
    Date d = ctx.parse_date(*in.day, "day");
    return date_range(d, d);
  }
  if (in.week) return week_of(ctx.parse_date(*in.week, "week"));
  if (!in.from && !in.to) return fallback;
  // One end given: the range keeps the default's length from it (or runs from the default's
  // start to it).
  if (!in.to) {
    Date from = ctx.parse_date(*in.from, "from");
    return date_range(from, from.plus_days(fallback.days() - 1));
  }
  Date to = ctx.parse_date(*in.to, "to");
  return date_range(in.from ? ctx.parse_date(*in.from, "from") : std::min(fallback.from, to), to);
}

}  // namespace clerk::diary
