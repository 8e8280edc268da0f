#include "clerk/diary/ical_ops.hpp"

#include <algorithm>
#include <map>

#include "clerk/access/access.hpp"
#include "clerk/core/error.hpp"
#include "clerk/core/json_text.hpp"
#include "clerk/core/sha256.hpp"
#include "clerk/core/text.hpp"
#include "clerk/diary/event_ops.hpp"
#include "clerk/diary/ical.hpp"
#include "clerk/trail/write.hpp"

namespace clerk::diary {
namespace {

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

// line 212: "Board away day"
std::string imported_label(const ical::ImportedEvent& ie, int line = 0) {
  return "line " + std::to_string(line ? line : ie.line) + ": " +
         json::quoted(ie.event.title.empty() ? "(no title)" : ie.event.title);
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

ImportResult import_ical(Context& ctx, std::string_view text, std::string_view source,
                         bool strict) {
  ical::ReadResult file =
      ical::read(text, source, strict ? ical::Strictness::strict : ical::Strictness::lenient);
  ImportResult result;
  result.reports = file.notes;
  result.derived_uids = file.derived_uids;
  std::vector<const ical::ImportedEvent*> usable;
  for (const auto& ie : file.events) {
    if (!ie.skipped.empty()) {
      ++result.skipped;
      result.reports.push_back(imported_label(ie, ie.skipped_line) + ": " + ie.skipped);
      continue;
    }
    if (!ie.not_kept.empty())
      result.reports.push_back(imported_label(ie) + ": not kept: " + text::join(ie.not_kept, ", "));
    usable.push_back(&ie);
  }
  if (usable.empty()) return result;
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
