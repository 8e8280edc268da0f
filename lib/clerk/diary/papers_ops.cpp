#include "clerk/diary/papers_ops.hpp"

#include "clerk/core/error.hpp"
#include "clerk/core/text.hpp"
#include "clerk/diary/event_ops.hpp"
#include "clerk/diary/papers_store.hpp"
#include "clerk/trail/write.hpp"

namespace clerk::diary {

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

}  // namespace clerk::diary
