#include "clerk/report/diary_report.hpp"

#include <map>
#include <set>

#include "clerk/db/connection.hpp"
#include "clerk/diary/agenda_ops.hpp"
#include "clerk/report/sections.hpp"

namespace clerk::report {
namespace {

std::vector<EngagementCounts> in_order(std::map<std::string, EngagementCounts> counts,
                                       const std::vector<std::string>& order) {
  std::vector<EngagementCounts> out;
  for (const auto& name : order)
    if (auto it = counts.find(name); it != counts.end()) {
      out.push_back(it->second);
      counts.erase(it);
    }
  for (auto& [name, c] : counts) out.push_back(c);
  return out;
}

}  // namespace

std::string hours_text(int64_t minutes) {
  // Issue 14: "17:00" read as a clock time. Hours to a tenth, rounded half up: "17.0 h".
  const int64_t tenths = (minutes * 10 + 30) / 60;
  return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10) + " h";
}

DiaryFigures diary_figures(Context& ctx, const Period& period, Date as_of) {
  DiaryFigures out;
  auto agenda = diary::load_agenda(ctx, period, {});
  std::map<std::string, EngagementCounts> kinds, diaries;
  std::set<int64_t> held_surgeries;
  for (const auto& o : agenda.occurrences) {
    const auto& e = *o.event;
    if (e.cancelled) continue;
    // Performance is what happened: later occurrences in the period are only counted.
    if (o.start.date() > as_of) {
      ++out.scheduled;
      continue;
    }
    const int64_t minutes = e.all_day ? 0 : o.end.wall_minutes() - o.start.wall_minutes();
    const std::string kind(word(e.kind));
    for (auto* counts : {&kinds[kind], &diaries[e.diary]}) {
      ++counts->engagements;
      counts->minutes += minutes;
    }
    kinds[kind].value = kind;
    diaries[e.diary].value = e.diary;
    ++out.engagements;
    out.minutes += minutes;
    if (e.tentative) ++out.tentative;
    if (e.kind == diary::EventKind::surgery) {
      ++out.surgeries_held;
      held_surgeries.insert(e.id);
    }
  }
  out.by_kind = in_order(std::move(kinds), words<diary::EventKind>());
  out.by_diary = in_order(std::move(diaries), {});

  // The agenda carries no attendees: read the contacts at the held surgeries.
  std::set<int64_t> seen;
  db::Statement attendees(ctx.db(),
                          "SELECT contact_id FROM diary_event_attendee "
                          "WHERE event_id = :event AND contact_id IS NOT NULL");
  for (int64_t event : held_surgeries) {
    attendees.bind(":event", event);
    while (attendees.step()) seen.insert(attendees.column(0).int64());
    attendees.reset();
  }
  db::Statement q(ctx.db(),
                  "SELECT DISTINCT contact_id FROM case_facts WHERE channel = 'surgery' "
                  "AND received_on >= :from AND received_on <= :to");
  q.bind(":from", period.from.iso());
  q.bind(":to", std::min(period.last_day(), as_of).iso());
  while (q.step()) seen.insert(q.column(0).int64());
  out.constituents_seen = static_cast<int64_t>(seen.size());
  return out;
}

void add_diary(render::Document& doc, const DiaryFigures& f) {
  using render::Kind;
  doc.blocks.emplace_back(
      RecordBuilder{}
          .add("engagements", "Engagements", Kind::integer, f.engagements)
          .add("hours", "Hours", Kind::text, hours_text(f.minutes))
          .add("minutes", "Minutes", Kind::integer, f.minutes)
          .add("tentative", "Tentative", Kind::integer, f.tentative)
          .add("scheduled", "Still to come in the period", Kind::integer, f.scheduled)
          .add("surgeries_held", "Surgeries held", Kind::integer, f.surgeries_held)
          .add("constituents_seen", "Constituents seen", Kind::integer, f.constituents_seen)
          .section("diary_summary", "Engagements"));
  auto table = [](const char* key, const char* label, const std::vector<EngagementCounts>& rows) {
    render::Table t{{{key, label, Kind::text},
                     {"engagements", "Engagements", Kind::integer},
                     {"hours", "Hours", Kind::text},
                     {"minutes", "Minutes", Kind::integer}},
                    {}};
    for (const auto& r : rows)
      t.rows.push_back({r.value, r.engagements, hours_text(r.minutes), r.minutes});
    return t;
  };
  section(doc, "diary_by_kind", "By kind", table("kind", "Kind", f.by_kind));
  section(doc, "diary_by_diary", "By diary", table("diary", "Diary", f.by_diary));
}

}  // namespace clerk::report
