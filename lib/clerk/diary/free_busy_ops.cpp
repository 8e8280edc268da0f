#include "clerk/diary/free_busy_ops.hpp"

#include "clerk/core/duration.hpp"

namespace clerk::diary {

void for_each_conflict(const Agenda& agenda, const std::function<void(const Clash&)>& each) {
  for_each_clash(agenda.occurrences, each);
}

std::vector<Slot> find_free(Context& ctx, const Period& period, std::string_view length,
                            const std::string& diary) {
  int minutes = parse_duration(length, "for", 24 * 60);
  AgendaFilter filter;
  filter.diary = diary;
  Agenda agenda = load_agenda(ctx, period, filter);
  std::vector<Slot> busy;
  for (const auto& o : agenda.occurrences)
    if (!o.event->all_day)
      busy.push_back({o.start.plus_minutes(-o.event->travel_minutes),
                      o.end.plus_minutes(o.event->travel_minutes)});
  const HolidayCalendar& calendar = ctx.calendar();
  const Nation nation = ctx.config().holidays.nation;
  return free_slots(
      std::move(busy), period.from, period.last_day(), ctx.config().working_hours,
      [&](Date d) { return calendar.is_holiday(d, nation); }, minutes);
}

}  // namespace clerk::diary
