#include "clerk/diary/event.hpp"

#include <algorithm>

#include "clerk/core/error.hpp"
#include "clerk/core/text.hpp"

namespace clerk::diary {
namespace {

// An occurrence of `event` starting on `day` at the first's wall-clock time.
Occurrence instance_on(const Event& event, Date day) {
  Occurrence o;
  o.event = &event;
  o.original = day;
  o.start = LocalTime(day, event.start.minute_of_day());
  if (event.all_day) {
    o.end = o.start.plus_days(event.start.date().days_until(event.end.date()));
  } else {
    UtcMinutes exact = to_utc(event.end) - to_utc(event.start);
    o.end = to_local(to_utc(o.start) + exact);
  }
  return o;
}

const OccurrenceChange* change_on(const Event& event, Date original) {
  for (const auto& c : event.changes)
    if (c.original == original) return &c;
  return nullptr;
}

// How many days before `from` an occurrence can start and still reach it.
int reach_days(const Event& event) { return event.start.date().days_until(event.end.date()) + 1; }

bool overlaps(LocalTime start, LocalTime end, LocalTime from, LocalTime to) {
  // An instant event (start == end) still shows in the range that contains it.
  return start < to && (end > from || (start == end && start >= from));
}

}  // namespace

const EnumWords& enum_words(EventKind) {
  static const EnumWords w{"kind", {"meeting", "surgery", "visit", "event", "travel", "call"}};
  return w;
}

void validate(const Event& e) {
  if (text::trim(e.title).empty())
    throw Error(ErrorKind::bad_data, "a title is required").field("title");
  if (text::trim(e.diary).empty())
    throw Error(ErrorKind::bad_data, "a diary name is required").field("diary");
  if (e.end < e.start)
    throw Error(ErrorKind::bad_data, "the event would end (" + e.end.iso() +
                                         ") before it starts (" + e.start.iso() + ")")
        .field("until");
  if (e.travel_minutes < 0 || e.travel_minutes > 24 * 60)
    throw Error(ErrorKind::bad_data, "travel time must be at most 24 hours").field("travel");
  if (e.repeat && e.repeat->until && *e.repeat->until < e.start.date())
    throw Error(ErrorKind::bad_data, "the repeat would end (" + e.repeat->until->iso() +
                                         ") before the first occurrence (" + e.start.date().iso() +
                                         ")")
        .field("repeat-until");
  if (e.repeat && e.repeat->count < 0)
    throw Error(ErrorKind::bad_data, "the count must be positive").field("count");
  for (const std::string* s : {&e.title, &e.diary, &e.place, &e.description, &e.agenda, &e.minutes})
    if (!text::valid_utf8(*s))
      throw Error(ErrorKind::bad_data, "text is not valid UTF-8").field("event");
}

void for_each_occurrence(const Event& event, LocalTime from, LocalTime to,
                         const std::function<void(const Occurrence&)>& each) {
  if (!event.repeat) {
    Occurrence o;
    o.event = &event;
    o.original = event.start.date();
    o.start = event.start;
    o.end = event.end;
    if (overlaps(o.start, o.end, from, to)) each(o);
    return;
  }
  for_each_date(*event.repeat, event.start.date(), from.date().plus_days(-reach_days(event)),
                to.date(), [&](Date day) {
                  if (change_on(event, day)) return;
                  Occurrence o = instance_on(event, day);
                  if (overlaps(o.start, o.end, from, to)) each(o);
                });
  for (const auto& c : event.changes) {
    if (c.cancelled || !overlaps(c.start, c.end, from, to)) continue;
    Occurrence o;
    o.event = &event;
    o.original = c.original;
    o.start = c.start;
    o.end = c.end;
    o.moved = true;
    each(o);
  }
}

std::optional<Occurrence> scheduled_occurrence(const Event& event, Date original) {
  if (!event.repeat) {
    if (original != event.start.date()) return std::nullopt;
    return instance_on(event, original);
  }
  std::optional<Occurrence> found;
  for_each_date(*event.repeat, event.start.date(), original, original,
                [&](Date day) { found = instance_on(event, day); });
  return found;
}

std::optional<Date> last_day(const Event& event) {
  // The last day touched: an end at midnight belongs to the day before.
  auto end_day = [](LocalTime start, LocalTime end) {
    return end > start && end.minute_of_day() == 0 ? end.date().plus_days(-1) : end.date();
  };
  Date last = end_day(event.start, event.end);
  if (event.repeat) {
    auto series_last = last_date(*event.repeat, event.start.date());
    if (!series_last) return std::nullopt;
    Occurrence o = instance_on(event, *series_last);
    last = std::max(last, end_day(o.start, o.end));
  }
  for (const auto& c : event.changes)
    if (!c.cancelled) last = std::max(last, end_day(c.start, c.end));
  return last;
}

std::optional<Busy> busy(const Occurrence& o) {
  if (o.event->all_day) return std::nullopt;
  return Busy{to_utc(o.start) - o.event->travel_minutes, to_utc(o.end) + o.event->travel_minutes};
}

namespace {

std::optional<Clash> clash_of(const Occurrence& a, const Busy& ba, const Occurrence& b,
                              const Busy& bb) {
  if (a.event->diary != b.event->diary) return std::nullopt;
  UtcMinutes from = std::max(ba.from, bb.from), to = std::min(ba.to, bb.to);
  if (from >= to) return std::nullopt;
  bool a_first = std::pair(ba.from, a.start) <= std::pair(bb.from, b.start);
  return Clash{a_first ? a : b, a_first ? b : a, int(to - from)};
}

}  // namespace

void for_each_clash(std::vector<Occurrence> occurrences,
                    const std::function<void(const Clash&)>& each) {
  struct Item {
    Occurrence occurrence;
    Busy busy;
  };
  std::vector<Item> items;
  items.reserve(occurrences.size());
  for (const auto& o : occurrences)
    if (auto b = busy(o)) items.push_back({o, *b});
  std::sort(items.begin(), items.end(), [](const Item& a, const Item& b) {
    return std::tuple(a.busy.from, a.busy.to, a.occurrence.event->id, a.occurrence.original) <
           std::tuple(b.busy.from, b.busy.to, b.occurrence.event->id, b.occurrence.original);
  });
  std::vector<const Item*> active;  // items whose busy span has not ended yet
  for (const auto& item : items) {
    std::erase_if(active, [&](const Item* a) { return a->busy.to <= item.busy.from; });
    for (const Item* a : active)
      if (auto c = clash_of(a->occurrence, a->busy, item.occurrence, item.busy)) each(*c);
    active.push_back(&item);
  }
}

std::vector<Clash> clashes_with(const Occurrence& candidate,
                                const std::vector<Occurrence>& others) {
  std::vector<Clash> out;
  auto mine = busy(candidate);
  if (!mine) return out;
  for (const auto& other : others) {
    if (other.event->id == candidate.event->id && other.original == candidate.original) continue;
    if (auto theirs = busy(other))
      if (auto c = clash_of(candidate, *mine, other, *theirs)) out.push_back(*c);
  }
  return out;
}

}  // namespace clerk::diary
