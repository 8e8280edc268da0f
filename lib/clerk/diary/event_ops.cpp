#include "clerk/diary/event_ops.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "clerk/core/datetime_input.hpp"
#include "clerk/core/duration.hpp"
#include "clerk/core/error.hpp"
#include "clerk/core/sha256.hpp"
#include "clerk/core/text.hpp"
#include "clerk/diary/agenda_ops.hpp"
#include "clerk/diary/case_link.hpp"
#include "clerk/people/contact_ops.hpp"
#include "clerk/people/staff_store.hpp"
#include "clerk/trail/write.hpp"

namespace clerk::diary {
namespace {

// A clash is looked for this far ahead of a series' start: a rule with no end would otherwise
// have no horizon, and a year covers every pattern a weekly or monthly rule can make.
constexpr int kClashHorizonDays = 366;
constexpr size_t kClashesShown = 5;

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

}  // namespace

void touch(Context& ctx, Event& e) { e.revised_utc = ctx.clock().now_utc(); }

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

ShownEvent show_event(Context& ctx, std::string_view id_text) {
  ShownEvent shown{get_event(ctx, id_text), {}};
  for (const auto& ref : shown.event.case_refs) shown.cases.push_back(linked_case(ctx, ref));
  return shown;
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

}  // namespace clerk::diary
