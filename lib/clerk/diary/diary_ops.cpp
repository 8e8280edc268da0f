#include "clerk/diary/diary_ops.hpp"

#include <algorithm>
#include <charconv>
#include <map>

#include <fmt/format.h>

#include "clerk/access/access.hpp"
#include "clerk/core/datetime_input.hpp"
#include "clerk/core/duration.hpp"
#include "clerk/core/error.hpp"
#include "clerk/core/json_text.hpp"
#include "clerk/core/sha256.hpp"
#include "clerk/core/text.hpp"
#include "clerk/diary/case_link.hpp"
#include "clerk/diary/diary_tables.hpp"
#include "clerk/diary/ical.hpp"
#include "clerk/diary/papers_store.hpp"
#include "clerk/people/contact_ops.hpp"
#include "clerk/people/staff_store.hpp"
#include "clerk/render/marking.hpp"
#include "clerk/trail/write.hpp"

namespace clerk::diary {
namespace {

// A clash is looked for this far ahead of a series' start: a rule with no end would otherwise
// have no horizon, and a year covers every pattern a weekly or monthly rule can make.
constexpr int kClashHorizonDays = 366;
constexpr size_t kClashesShown = 5;

int64_t parse_id(std::string_view text, std::string_view field) {
  if (auto id = text::parse_id(text::trim(text))) return *id;
  throw Error(ErrorKind::bad_data, "'" + std::string(text) + "' is not an event id")
      .field(std::string(field));
}

Event load_event(SQLite::Database& db, std::string_view id_text) {
  int64_t id = parse_id(id_text, "id");
  if (auto e = find_event(db, id)) return *e;
  throw Error(ErrorKind::missing, "no event with id " + std::to_string(id)).field("id");
}

std::string span_text(LocalTime start, LocalTime end) {
  return start.date().iso() + " " + start.hhmm() + "-" +
         (end.date() == start.date() ? end.hhmm() : end.iso());
}

// A date and time typed for an event. A time the clocks skip is refused; a time that happens
// twice is taken as the first (BST), and the person is told.
LocalTime typed_time(Context& ctx, const std::string& text, const char* field) {
  LocalTime t = refuse_skipped_time(
      parse_datetime_input(text, field, ctx.today(), ctx.working_days()), field);
  if (wall_clock(t) == WallClock::repeated)
    ctx.warn_once(
        fmt::format("{} {} happens twice on {} (the clocks go back at 02:00 BST to "
                    "01:00 GMT); taken as the first, {} BST",
                    t.date().iso(), t.hhmm(), t.date().uk_long(), t.hhmm()));
  return t;
}

// The end of an event typed as a time alone ("11:30": the start's day) or a date and time.
LocalTime parse_end(Context& ctx, const std::string& text, LocalTime start) {
  std::string_view s = text::trim(text);
  if (s.find(' ') == std::string_view::npos && s.find('T') == std::string_view::npos &&
      (s.find(':') != std::string_view::npos || s.ends_with("am") || s.ends_with("pm")))
    return refuse_skipped_time(LocalTime(start.date(), parse_time_of_day(s, "until")), "until");
  return typed_time(ctx, text, "until");
}

// The end of an event of a length in real minutes. Times are kept on the wall clock, which
// cannot tell the two 01:xx hours of the autumn change apart: an end that would fall in the
// repeated hour at or before the start (01:30 BST plus 30 minutes is 01:00 GMT) is kept on the
// wall clock instead (02:00), so the event never ends before it starts.
LocalTime plus_exact(LocalTime start, int64_t minutes) {
  LocalTime end = to_local(to_utc(start) + minutes);
  return minutes > 0 && end <= start ? start.plus_minutes(minutes) : end;
}

// Who `ref` is: a staff login, a contact (id or exact name), or else a plain name. A contact id
// that does not exist, or a name several contacts share, is an error rather than a guess.
Attendee resolve_attendee(Context& ctx, const std::string& ref, std::vector<std::string>& notes) {
  std::string key(text::trim(ref));
  if (key.empty()) throw Error(ErrorKind::bad_data, "an attendee needs a name").field("with");
  Attendee a;
  if (auto s = people::find_staff(ctx.db(), key)) {
    a.staff_id = s->id;
    a.name = s->name;
    return a;
  }
  try {
    auto c = people::resolve_contact(ctx, key, "with");
    a.contact_id = c.id;
    a.name = c.name;
    return a;
  } catch (const Error& e) {
    bool numeric = key.find_first_not_of("0123456789") == std::string::npos;
    if (e.kind() != ErrorKind::missing || numeric) throw;
  }
  a.name = key;
  notes.push_back("'" + key + "' is not staff or a contact; kept as a name");
  return a;
}

// Start, end, all-day and repeat from what was typed. With --repeat, --until ends the series
// (issue 5: `--repeat … [--until DATE | --count N]`); without, it ends the event.
void set_times(Context& ctx, Event& e, const EventInput& in, std::vector<std::string>& notes) {
  const bool repeating = in.repeat.has_value();
  const bool until_ends_event = in.until && !repeating;
  if (in.all_day) {
    if (in.length) throw Error(ErrorKind::usage, "--for does not go with --all-day").field("for");
    Date first = ctx.parse_date(in.at, "at");
    Date last = until_ends_event ? ctx.parse_date(*in.until, "until") : first;
    if (last < first)
      throw Error(ErrorKind::bad_data,
                  "the last day " + last.iso() + " is before the first " + first.iso())
          .field("until");
    e.all_day = true;
    e.start = LocalTime::midnight(first);
    e.end = LocalTime::midnight(last.plus_days(1));
  } else {
    e.start = typed_time(ctx, in.at, "at");
    if (in.length && until_ends_event)
      throw Error(ErrorKind::usage, "give --for or --until, not both").field("for");
    if (in.length)
      e.end = plus_exact(e.start, parse_duration(*in.length, "for"));
    else if (until_ends_event)
      e.end = parse_end(ctx, *in.until, e.start);
    else
      throw Error(ErrorKind::usage,
                  repeating ? "give the length with --for (with --repeat, --until ends the series)"
                            : "give --for DURATION, --until DATETIME or --all-day")
          .field("for");
    if (e.end <= e.start)
      throw Error(ErrorKind::bad_data, "the event would end (" + e.end.iso() +
                                           ") before it starts (" + e.start.iso() + ")")
          .field("until");
  }
  if (!repeating) {
    if (in.count != 0) throw Error(ErrorKind::usage, "--count goes with --repeat").field("count");
    if (in.by) throw Error(ErrorKind::usage, "--by goes with --repeat monthly").field("by");
    return;
  }
  e.repeat = make_rule(parse_word<Repeat>(*in.repeat), in.by.value_or(""), e.start.date());
  // RFC 5545 section 3.3.10: UNTIL and COUNT must not both be given.
  if (in.until && in.count != 0)
    throw Error(ErrorKind::usage, "give --until or --count, not both").field("count");
  if (in.count < 0 || in.count > 10000)
    throw Error(ErrorKind::bad_data, "the count must be from 1 to 10000").field("count");
  if (in.until) e.repeat->until = ctx.parse_date(*in.until, "until");
  e.repeat->count = in.count;
  if (e.repeat->frequency == Frequency::monthly && e.repeat->nth == 0 && e.start.date().day() > 28)
    notes.push_back("months without a day " + std::to_string(e.start.date().day()) +
                    " have no occurrence (as in iCalendar); --by last-weekday may suit better");
}

// Clashes of `e` (or of its occurrence on `only`) with the rest of its diary, as sentences.
std::vector<std::string> clashes_for(Context& ctx, const Event& e, std::optional<Date> only) {
  std::vector<Occurrence> mine;
  if (only) {
    for (const auto& c : e.changes)
      if (c.original == *only && !c.cancelled)
        mine.push_back({&e, c.original, c.start, c.end, true});
  } else {
    Date first = e.start.date(), horizon = first.plus_days(kClashHorizonDays);
    auto end = last_day(e);
    Date last = end ? std::min(*end, horizon) : horizon;
    for_each_occurrence(e, LocalTime::midnight(first), LocalTime::midnight(last.plus_days(1)),
                        [&](const Occurrence& o) { mine.push_back(o); });
  }
  if (mine.empty()) return {};
  // The days around them, a day either side for travel time across midnight.
  Date first = mine.front().start.date(), last = first;
  for (const auto& o : mine) {
    first = std::min(first, o.start.date().plus_days(-1));
    last = std::max(last, o.end.date().plus_days(1));
  }
  AgendaFilter filter;
  filter.diary = e.diary;
  Agenda theirs = load_agenda(ctx, date_range(first, last), filter);
  std::erase_if(theirs.occurrences, [&](const Occurrence& o) { return o.event->id == e.id; });
  std::vector<std::string> out;
  size_t total = 0;
  for (const auto& o : mine)
    for (const auto& c : clashes_with(o, theirs.occurrences)) {
      if (++total > kClashesShown) continue;
      const Occurrence& other = c.first.event->id == e.id ? c.second : c.first;
      bool travel = e.travel_minutes > 0 || other.event->travel_minutes > 0;
      out.push_back("clashes with " + std::to_string(other.event->id) + " '" + other.event->title +
                    "' on " + span_text(other.start, other.end) +
                    (travel ? " (travel time included)" : ""));
    }
  if (total > kClashesShown)
    out.push_back("and " + std::to_string(total - kClashesShown) + " more clashes");
  return out;
}

void refuse_if_strict(bool strict, const std::vector<std::string>& clashes) {
  if (strict && !clashes.empty())
    throw Error(ErrorKind::bad_data, "the event " + text::join(clashes, "; ") +
                                         "; nothing saved (without --strict it is saved with a "
                                         "warning)")
        .field("at");
}

void touch(Context& ctx, Event& e) { e.revised_utc = ctx.clock().now_utc(); }

// The change on `original`, if the series has one.
OccurrenceChange* change_on(Event& e, Date original) {
  for (auto& c : e.changes)
    if (c.original == original) return &c;
  return nullptr;
}

// Saves `change` (new or altered) with its audit entry, and the event row whose last day and
// revision time it moves.
void save_change(trail::Writer& w, Event& e, OccurrenceChange& change) {
  if (change.id != 0) {
    auto before = w.before("diary_event_change", change.id);
    update_change(w.db(), change);
    w.updated(before, "set");
  } else {
    change.id = insert_change(w.db(), e.id, change);
    w.inserted("diary_event_change", change.id);
  }
  auto before = w.before("diary_event", e.id);
  update_event(w.db(), e);
  w.updated(before, "set");
}

// Moves a whole series to a new start: its rule follows the new day, and its changed
// occurrences, keyed by the day the rule gave them, shift by the same number of days.
void shift_series(Event& e, int days) {
  Recurrence& r = *e.repeat;
  Date first = e.start.date();
  if (r.until) r.until = r.until->plus_days(days);
  if (r.frequency == Frequency::weekly) {
    if (r.weekdays.size() <= 1)
      r.weekdays.clear();
    else
      for (auto& d : r.weekdays) d = d + std::chrono::days{days % 7 + 7};
  } else if (r.nth != 0) {
    bool last = first.plus_days(7).month() != first.month();
    r.weekday = first.weekday();
    r.nth = r.nth < 0 && last ? -1 : int((first.day() - 1) / 7) + 1;
  }
  r = canonical(r, first);
  for (auto& c : e.changes) c.original = c.original.plus_days(days);
}

bool same_change(const OccurrenceChange& a, const OccurrenceChange& b) {
  return a.original == b.original && a.cancelled == b.cancelled &&
         (a.cancelled || (a.start == b.start && a.end == b.end));
}

// What an import makes of an existing event: the calendar's fields from the file; kind, diary
// and travel only when the file carries them; agenda, minutes, attendees and case links are
// clerk's own and stay.
Event merged(const Event& existing, const ical::ImportedEvent& in) {
  Event e = existing;
  const Event& f = in.event;
  e.title = f.title;
  e.start = f.start;
  e.end = f.end;
  e.all_day = f.all_day;
  e.place = f.place;
  e.description = f.description;
  e.tentative = f.tentative;
  e.cancelled = f.cancelled;
  e.repeat = f.repeat;
  if (in.has_kind) e.kind = f.kind;
  if (in.has_diary) e.diary = f.diary;
  if (in.has_travel) e.travel_minutes = f.travel_minutes;
  e.changes.clear();
  for (auto c : f.changes) {
    c.id = 0;
    for (const auto& old : existing.changes)
      if (old.original == c.original) c.id = old.id;
    e.changes.push_back(c);
  }
  return e;
}

bool same_event(const Event& a, const Event& b) {
  bool same = a.title == b.title && a.start == b.start && a.end == b.end &&
              a.all_day == b.all_day && a.place == b.place && a.description == b.description &&
              a.tentative == b.tentative && a.cancelled == b.cancelled && a.repeat == b.repeat &&
              a.kind == b.kind && a.diary == b.diary && a.travel_minutes == b.travel_minutes &&
              a.changes.size() == b.changes.size();
  for (size_t i = 0; same && i < a.changes.size(); ++i) {
    auto match = std::find_if(b.changes.begin(), b.changes.end(),
                              [&](const auto& c) { return same_change(a.changes[i], c); });
    same = match != b.changes.end();
  }
  return same;
}

std::string imported_label(const ical::ImportedEvent& ie) {
  return "line " + std::to_string(ie.line) + ", '" + ie.event.title + "'";
}

// Updates one known event from the file, each row changed with its own audit entry.
void update_from_file(Context& ctx, trail::Writer& w, const Event& existing, Event e) {
  touch(ctx, e);
  auto before = w.before("diary_event", e.id);
  update_event(w.db(), e);
  w.updated(before, "import");
  for (const auto& old : existing.changes) {
    bool kept = std::any_of(e.changes.begin(), e.changes.end(),
                            [&](const auto& c) { return c.id == old.id; });
    if (kept) continue;
    auto gone = w.before("diary_event_change", old.id);
    delete_change(w.db(), old.id);
    w.deleted(gone, "import");
  }
  for (auto& c : e.changes) {
    auto old = std::find_if(existing.changes.begin(), existing.changes.end(),
                            [&](const auto& x) { return x.id == c.id && c.id != 0; });
    if (old != existing.changes.end() && same_change(*old, c)) continue;
    if (c.id != 0) {
      auto b = w.before("diary_event_change", c.id);
      update_change(w.db(), c);
      w.updated(b, "import");
    } else {
      c.id = insert_change(w.db(), e.id, c);
      w.inserted("diary_event_change", c.id);
    }
  }
}

// The ids a run of inserts into one table took, for its batch audit entry.
struct IdRange {
  int64_t first = 0, last = 0, rows = 0;
  void add(int64_t id) {
    if (rows++ == 0) first = id;
    last = id;
  }
};

}  // namespace

Scheduled add_event(Context& ctx, const EventInput& in, bool strict) {
  Scheduled out;
  Event& e = out.event;
  e.title = std::string(text::trim(in.title));
  if (in.diary) e.diary = std::string(text::trim(*in.diary));
  if (in.kind) e.kind = parse_word<EventKind>(*in.kind);
  if (in.place) e.place = std::string(text::trim(*in.place));
  if (in.travel) e.travel_minutes = parse_duration(*in.travel, "travel", 24 * 60);
  e.tentative = in.tentative;
  set_times(ctx, e, in, out.notes);
  for (const auto& ref : in.cases) {
    if (text::trim(ref).empty())
      throw Error(ErrorKind::bad_data, "a case reference is empty").field("case");
    std::string r = case_reference(ctx, std::string(text::trim(ref)));
    if (std::find(e.case_refs.begin(), e.case_refs.end(), r) == e.case_refs.end())
      e.case_refs.push_back(r);
  }
  validate(e);
  for (const auto& who : in.with) e.attendees.push_back(resolve_attendee(ctx, who, out.notes));
  // A random UID (RFC 7986 section 5.3 recommends one): stable once given, unique anywhere.
  e.uid = random_hex(16) + "@clerk";
  touch(ctx, e);
  trail::write(ctx.write_context(), [&](trail::Writer& w) {
    out.clashes = clashes_for(ctx, e, std::nullopt);
    refuse_if_strict(strict, out.clashes);
    e.id = insert_event(w.db(), e);
    w.inserted("diary_event", e.id);
    for (auto& a : e.attendees) {
      a.id = insert_attendee(w.db(), e.id, a);
      w.inserted("diary_event_attendee", a.id);
    }
    for (const auto& ref : e.case_refs)
      w.inserted("diary_event_case", insert_case_ref(w.db(), e.id, ref));
  });
  return out;
}

Event get_event(Context& ctx, std::string_view id_text) { return load_event(ctx.db(), id_text); }

render::Document show_event(Context& ctx, std::string_view id_text) {
  Event e = get_event(ctx, id_text);
  render::Document doc = event_document(e);
  doc.marking = "OFFICIAL";
  for (const auto& ref : e.case_refs)
    doc.marking = std::string(render::higher_marking(doc.marking, linked_case(ctx, ref).marking));
  return doc;
}

Scheduled move_event(Context& ctx, const MoveInput& in, bool strict) {
  return trail::write(ctx.write_context(), [&](trail::Writer& w) {
    Scheduled out;
    Event& e = out.event;
    e = load_event(w.db(), in.id);
    if (e.cancelled)
      throw Error(ErrorKind::bad_data, "event " + std::to_string(e.id) + " is cancelled")
          .field("id");
    auto new_start = [&] {
      return e.all_day ? LocalTime::midnight(ctx.parse_date(in.at, "at"))
                       : typed_time(ctx, in.at, "at");
    };
    auto new_end = [&](LocalTime start, LocalTime old_start, LocalTime old_end) {
      if (e.all_day) {
        if (in.length)
          throw Error(ErrorKind::usage, "--for does not go with an all-day event").field("for");
        return start.plus_days(old_start.date().days_until(old_end.date()));
      }
      int64_t minutes =
          in.length ? parse_duration(*in.length, "for") : to_utc(old_end) - to_utc(old_start);
      return plus_exact(start, minutes);
    };
    touch(ctx, e);
    if (in.occurrence) {
      if (!e.repeat)
        throw Error(ErrorKind::usage, "event " + std::to_string(e.id) +
                                          " does not repeat; move it without --occurrence")
            .field("occurrence");
      Date original = ctx.parse_date(*in.occurrence, "occurrence");
      auto scheduled = scheduled_occurrence(e, original);
      if (!scheduled)
        throw Error(ErrorKind::bad_data,
                    "event " + std::to_string(e.id) + " has no occurrence on " + original.iso())
            .field("occurrence");
      OccurrenceChange* existing = change_on(e, original);
      if (existing && existing->cancelled)
        throw Error(ErrorKind::bad_data, "the occurrence on " + original.iso() + " is cancelled")
            .field("occurrence");
      OccurrenceChange change = existing ? *existing : OccurrenceChange{0, original, false, {}, {}};
      LocalTime old_start = existing ? existing->start : scheduled->start;
      LocalTime old_end = existing ? existing->end : scheduled->end;
      change.start = new_start();
      change.end = new_end(change.start, old_start, old_end);
      if (existing)
        *existing = change;
      else
        e.changes.push_back(change);
      validate(e);
      out.clashes = clashes_for(ctx, e, original);
      refuse_if_strict(strict, out.clashes);
      save_change(w, e, *change_on(e, original));
      return out;
    }
    LocalTime start = new_start();
    LocalTime end = new_end(start, e.start, e.end);
    int days = e.start.date().days_until(start.date());
    e.start = start;
    e.end = end;
    if (e.repeat) shift_series(e, days);
    validate(e);
    out.clashes = clashes_for(ctx, e, std::nullopt);
    refuse_if_strict(strict, out.clashes);
    auto before = w.before("diary_event", e.id);
    update_event(w.db(), e);
    w.updated(before, "move");
    if (days != 0)
      for (auto& c : e.changes) {
        auto b = w.before("diary_event_change", c.id);
        update_change(w.db(), c);
        w.updated(b, "move");
      }
    return out;
  });
}

Event cancel_event(Context& ctx, std::string_view id_text,
                   const std::optional<std::string>& occurrence) {
  return trail::write(ctx.write_context(), [&](trail::Writer& w) {
    Event e = load_event(w.db(), id_text);
    std::string which = "event " + std::to_string(e.id);
    if (e.cancelled) throw Error(ErrorKind::bad_data, which + " is already cancelled").field("id");
    touch(ctx, e);
    if (!occurrence) {
      e.cancelled = true;
      auto before = w.before("diary_event", e.id);
      update_event(w.db(), e);
      w.updated(before, "cancel");
      return e;
    }
    if (!e.repeat)
      throw Error(ErrorKind::usage, which + " does not repeat; cancel it without --occurrence")
          .field("occurrence");
    Date original = ctx.parse_date(*occurrence, "occurrence");
    if (!scheduled_occurrence(e, original))
      throw Error(ErrorKind::bad_data, which + " has no occurrence on " + original.iso())
          .field("occurrence");
    OccurrenceChange* change = change_on(e, original);
    if (change && change->cancelled)
      throw Error(ErrorKind::bad_data,
                  "the occurrence on " + original.iso() + " is already cancelled")
          .field("occurrence");
    if (!change) {
      e.changes.push_back(OccurrenceChange{0, original, true, {}, {}});
      change = &e.changes.back();
    }
    change->cancelled = true;
    save_change(w, e, *change);
    return e;
  });
}

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

namespace {

const char* notes_name(Notes which) { return which == Notes::agenda ? "agenda" : "minutes"; }

// Issue 14 item 32: which occurrence of a series papers belong to, by the day its rule put it
// on. A date typed may be that day or the day a moved occurrence now falls on. Without one, an
// agenda is for the next meeting from today, minutes for the latest one on or before today
// (cancelled occurrences are never chosen). Nothing for a one-off, which keeps its own.
std::optional<Date> papers_occurrence(Context& ctx, const Event& e, Notes which,
                                      const std::optional<std::string>& typed) {
  std::string which_event = "event " + std::to_string(e.id);
  if (!e.repeat) {
    if (typed)
      throw Error(ErrorKind::usage, which_event + " does not repeat; give no --occurrence")
          .field("occurrence");
    return std::nullopt;
  }
  if (typed) {
    Date day = ctx.parse_date(*typed, "occurrence");
    if (scheduled_occurrence(e, day)) return day;
    for (const auto& c : e.changes)
      if (!c.cancelled && c.start.date() == day) return c.original;
    throw Error(ErrorKind::bad_data, which_event + " has no occurrence on " + day.iso())
        .field("occurrence");
  }
  Date today = ctx.today();
  std::optional<Occurrence> chosen;
  if (which == Notes::agenda) {
    // A rule with no end has no last occurrence: five years ahead covers any office series.
    for_each_occurrence(e, LocalTime::midnight(today), LocalTime::midnight(today.plus_days(1827)),
                        [&](const Occurrence& o) {
                          if (o.start.date() >= today && (!chosen || o.start < chosen->start))
                            chosen = o;
                        });
    if (!chosen)
      throw Error(ErrorKind::missing, which_event + " has no occurrence from " + today.iso() +
                                          " on; give --occurrence DATE")
          .field("occurrence");
  } else {
    for_each_occurrence(e, LocalTime::midnight(e.start.date()),
                        LocalTime::midnight(today.plus_days(1)), [&](const Occurrence& o) {
                          if (o.start.date() <= today && (!chosen || o.start > chosen->start))
                            chosen = o;
                        });
    if (!chosen)
      throw Error(ErrorKind::missing, which_event + " has had no occurrence by " + today.iso() +
                                          "; give --occurrence DATE")
          .field("occurrence");
  }
  return chosen->original;
}

}  // namespace

Papers read_notes(Context& ctx, std::string_view id_text, Notes which,
                  const std::optional<std::string>& occurrence) {
  Event e = load_event(ctx.db(), id_text);
  Papers out;
  out.occurrence = papers_occurrence(ctx, e, which, occurrence);
  if (out.occurrence) {
    if (auto p = find_papers(ctx.db(), e.id, *out.occurrence))
      out.text = which == Notes::agenda ? p->agenda : p->minutes;
  } else {
    out.text = which == Notes::agenda ? e.agenda : e.minutes;
  }
  if (out.text.empty())
    throw Error(ErrorKind::missing,
                "event " + std::to_string(e.id) +
                    (out.occurrence ? " on " + out.occurrence->iso() : std::string()) + " has no " +
                    notes_name(which) + " yet")
        .field("id");
  return out;
}

std::optional<Date> write_notes(Context& ctx, std::string_view id_text, Notes which,
                                const std::string& text,
                                const std::optional<std::string>& occurrence) {
  if (!text::valid_utf8(text))
    throw Error(ErrorKind::bad_data, "text is not valid UTF-8").field(notes_name(which));
  return trail::write(ctx.write_context(), [&](trail::Writer& w) -> std::optional<Date> {
    Event e = load_event(w.db(), id_text);
    std::optional<Date> day = papers_occurrence(ctx, e, which, occurrence);
    if (day) {
      OccurrencePapers p =
          find_papers(w.db(), e.id, *day).value_or(OccurrencePapers{0, e.id, *day, "", ""});
      (which == Notes::agenda ? p.agenda : p.minutes) = text;
      if (p.id != 0) {
        auto before = w.before("diary_papers", p.id);
        update_papers(w.db(), p);
        w.updated(before, notes_name(which));
      } else {
        w.inserted("diary_papers", insert_papers(w.db(), p), notes_name(which));
      }
      return day;
    }
    (which == Notes::agenda ? e.agenda : e.minutes) = text;
    touch(ctx, e);
    auto before = w.before("diary_event", e.id);
    update_event(w.db(), e);
    w.updated(before, notes_name(which));
    return std::nullopt;
  });
}

std::string agenda_of(Context& ctx, const Occurrence& o) {
  if (!o.event->repeat) return o.event->agenda;
  auto p = find_papers(ctx.db(), o.event->id, o.original);
  return p ? p->agenda : std::string();
}

ImportResult import_ical(Context& ctx, std::string_view text, std::string_view source) {
  ical::ReadResult file = ical::read(text, source);
  ImportResult result;
  result.reports = file.notes;
  std::map<std::string, int> first_line;
  std::vector<const ical::ImportedEvent*> usable;
  for (const auto& ie : file.events) {
    if (!ie.skipped.empty()) {
      ++result.skipped;
      result.reports.push_back(imported_label(ie) + ": not imported: " + ie.skipped);
      continue;
    }
    auto [seen, fresh] = first_line.emplace(ie.event.uid, ie.line);
    if (!fresh)
      throw Error(ErrorKind::bad_data, "UID " + ie.event.uid + " appears again (first at line " +
                                           std::to_string(seen->second) + ")")
          .source(std::string(source))
          .line(ie.line);
    try {
      validate(ie.event);
    } catch (Error& e) {
      throw std::move(e.source(std::string(source)).line(ie.line));
    }
    if (!ie.not_kept.empty())
      result.reports.push_back(imported_label(ie) + ": not kept: " + text::join(ie.not_kept, ", "));
    usable.push_back(&ie);
  }
  // Look before writing: a file already imported changes nothing and so writes nothing (a
  // transaction that changes nothing has no audit entry to make).
  bool any_change = std::any_of(usable.begin(), usable.end(), [&](const auto* ie) {
    auto id = find_event_id(ctx.db(), ie->event.uid);
    if (!id) return true;
    Event existing = *find_event(ctx.db(), *id);
    return !same_event(existing, merged(existing, *ie));
  });
  if (!any_change) {
    result.unchanged = int(usable.size());
    return result;
  }
  std::string summary = "{\"source\":" + json::quoted(source) +
                        ",\"sha256\":" + json::quoted(sha256_hex(text)) + ",\"rows\":";
  trail::write(ctx.write_context(), [&](trail::Writer& w) {
    // Known UIDs are updated first, each row with its own before/after entry: an update's
    // before-image is what makes it reviewable. New events then go in together and get one
    // batch entry per table (Writer::batch still records every row's hash), so a first import
    // of a year's diary is one audit entry per table, not tens of thousands.
    std::vector<const ical::ImportedEvent*> fresh;
    for (const auto* ie : usable) {
      auto id = find_event_id(w.db(), ie->event.uid);
      if (!id) {
        fresh.push_back(ie);
        continue;
      }
      Event existing = *find_event(w.db(), *id);
      Event e = merged(existing, *ie);
      if (same_event(existing, e)) {
        ++result.unchanged;
        continue;
      }
      update_from_file(ctx, w, existing, e);
      ++result.updated;
    }
    IdRange events, changes, attendees, cases;
    const std::string now = ctx.clock().now_utc();
    for (const auto* ie : fresh) {
      Event e = ie->event;
      e.revised_utc = now;
      e.id = insert_event(w.db(), e);
      events.add(e.id);
      for (const auto& c : e.changes) changes.add(insert_change(w.db(), e.id, c));
      for (const auto& a : e.attendees) attendees.add(insert_attendee(w.db(), e.id, a));
      for (const auto& ref : e.case_refs) cases.add(insert_case_ref(w.db(), e.id, ref));
    }
    using Table = std::pair<const char*, IdRange*>;
    for (auto [table, range] :
         {Table{"diary_event", &events}, Table{"diary_event_change", &changes},
          Table{"diary_event_attendee", &attendees}, Table{"diary_event_case", &cases}}) {
      if (range->rows == 0) continue;
      // Ids run on without gaps: this transaction is the only writer.
      if (range->last - range->first + 1 != range->rows)
        throw Error(ErrorKind::internal,
                    std::string("imported rows of ") + table + " are not contiguous");
      w.batch(table, range->first, range->last, "import",
              summary + std::to_string(range->rows) + "}");
    }
    result.added = int(fresh.size());
    if (result.added + result.updated == 0)
      throw Error(ErrorKind::busy,
                  "the diary changed while the file was being imported; run the import again");
  });
  return result;
}

void export_ical(Context& ctx, const EventQuery& query, std::ostream& out, bool all_attendees) {
  EventQuery q = query;
  q.include_cancelled = true;
  q.with_people = true;
  ical::Writer writer(out, all_attendees);
  int64_t events = 0;
  std::vector<int64_t> contacts;
  for_each_event(ctx.db(), q, [&](const Event& e) {
    writer.event(e);
    ++events;
    if (all_attendees)
      for (const auto& a : e.attendees)
        if (a.contact_id) contacts.push_back(*a.contact_id);
  });
  writer.finish();
  // UK GDPR accountability, as for `case show`: who exported the diary, and whom it named.
  if (events > 0)
    access::record_access(
        ctx, "diary export",
        std::to_string(events) + " events" + (all_attendees ? " with attendees" : ""),
        std::move(contacts), events);
}

}  // namespace clerk::diary
