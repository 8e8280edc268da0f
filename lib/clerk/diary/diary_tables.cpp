#include "clerk/diary/diary_tables.hpp"

#include "clerk/core/duration.hpp"
#include "clerk/core/text.hpp"
#include "clerk/render/marking.hpp"

namespace clerk::diary {
namespace {

using render::Cell;
using render::Column;
using render::Kind;
using render::optional_cell;

std::string status_of(const Occurrence& o) {
  std::vector<std::string> parts;
  if (o.event->cancelled) parts.emplace_back("cancelled");
  if (o.event->tentative) parts.emplace_back("tentative");
  if (o.moved) parts.emplace_back("moved");
  return text::join(parts, ", ");
}

Cell travel_cell(int minutes) { return minutes > 0 ? Cell(format_duration(minutes)) : Cell(); }

}  // namespace

std::string long_day(Date day) {
  return std::string(weekday_name(day.weekday())) + " " + day.uk_long();
}

std::string time_span(const Occurrence& o) {
  if (o.event->all_day) return "all day";
  return o.start.hhmm() + "-" + (o.end.date() == o.start.date() ? o.end.hhmm() : o.end.iso());
}

render::Table agenda_table(const Agenda& agenda) {
  render::Table t;
  t.columns = {{"date", "Date", Kind::date},     {"start", "Start", Kind::text},
               {"end", "End", Kind::text},       {"all_day", "All day", Kind::boolean},
               {"id", "ID", Kind::integer},      {"kind", "Kind", Kind::text},
               {"title", "Title", Kind::text},   {"place", "Place", Kind::text},
               {"travel", "Travel", Kind::text}, {"diary", "Diary", Kind::text},
               {"status", "Status", Kind::text}};
  for (const auto& o : agenda.occurrences) {
    const Event& e = *o.event;
    t.rows.push_back(
        {o.start.date(), e.all_day ? Cell() : Cell(o.start.hhmm()),
         e.all_day ? Cell() : Cell(o.end.date() == o.start.date() ? o.end.hhmm() : o.end.iso()),
         e.all_day, e.id, word(e.kind), e.title, optional_cell(e.place),
         travel_cell(e.travel_minutes), e.diary, optional_cell(status_of(o))});
  }
  return t;
}

render::Document agenda_document(const Agenda& agenda) {
  render::Document doc;
  doc.title = "Diary " + agenda.period.from.iso() + " to " + agenda.period.last_day().iso();
  const std::vector<Column> columns = {
      {"time", "Time", Kind::text},    {"id", "ID", Kind::integer},
      {"kind", "Kind", Kind::text},    {"title", "Title", Kind::text},
      {"place", "Place", Kind::text},  {"diary", "Diary", Kind::text},
      {"status", "Status", Kind::text}};
  render::Section* day = nullptr;
  Date current;
  // Multi-day events show on the day they start.
  for (const auto& o : agenda.occurrences) {
    Date d = std::max(o.start.date(), agenda.period.from);
    if (!day || d != current) {
      doc.blocks.push_back(
          render::Section{d.iso(), long_day(d), render::Table{columns, {}}, false});
      day = &std::get<render::Section>(doc.blocks.back());
      current = d;
    }
    const Event& e = *o.event;
    day->table.rows.push_back({time_span(o), e.id, word(e.kind), e.title, optional_cell(e.place),
                               e.diary, optional_cell(status_of(o))});
  }
  if (doc.blocks.empty()) doc.blocks.push_back(render::Paragraph{"Nothing in the diary."});
  return doc;
}

render::Document event_document(const Event& e, const std::vector<LinkedCase>& cases) {
  render::Document doc;
  std::vector<Column> columns = {{"id", "ID", Kind::integer},
                                 {"title", "Title", Kind::text},
                                 {"kind", "Kind", Kind::text},
                                 {"diary", "Diary", Kind::text},
                                 {"start", "Starts", Kind::text},
                                 {"end", "Ends", Kind::text},
                                 {"all_day", "All day", Kind::boolean},
                                 {"place", "Place", Kind::text},
                                 {"travel", "Travel", Kind::text},
                                 {"repeat", "Repeats", Kind::text},
                                 {"status", "Status", Kind::text},
                                 {"with", "With", Kind::text},
                                 {"cases", "Cases", Kind::text},
                                 {"description", "Description", Kind::text},
                                 {"uid", "UID", Kind::text}};
  std::vector<std::string> with;
  for (const auto& a : e.attendees) with.push_back(a.name);
  std::string status = e.cancelled ? "cancelled" : e.tentative ? "tentative" : "confirmed";
  // An all-day event's end is shown as its last day, not the midnight after it.
  std::string end = e.all_day ? e.end.date().plus_days(-1).iso() : e.end.iso();
  render::Table details{
      columns,
      {{e.id, e.title, word(e.kind), e.diary, e.all_day ? e.start.date().iso() : e.start.iso(), end,
        e.all_day, optional_cell(e.place), travel_cell(e.travel_minutes),
        e.repeat ? Cell(describe(*e.repeat, e.start.date())) : Cell(), status,
        optional_cell(text::join(with, ", ")), optional_cell(text::join(e.case_refs, ", ")),
        optional_cell(e.description), e.uid}}};
  doc.blocks.push_back(render::Section{"event", "", details, true});
  if (!e.changes.empty()) {
    render::Table changes{{{"occurrence", "Occurrence", Kind::date},
                           {"change", "Change", Kind::text},
                           {"start", "Now starts", Kind::text},
                           {"end", "Now ends", Kind::text}},
                          {}};
    for (const auto& c : e.changes)
      changes.rows.push_back({c.original, std::string(c.cancelled ? "cancelled" : "moved"),
                              c.cancelled ? Cell() : Cell(c.start.iso()),
                              c.cancelled ? Cell() : Cell(c.end.iso())});
    doc.blocks.push_back(render::Section{"changes", "Changed occurrences", changes, false});
  }
  for (auto [key, heading, text] :
       {std::tuple{"agenda", "Agenda", &e.agenda}, std::tuple{"minutes", "Minutes", &e.minutes}}) {
    if (text->empty()) continue;
    doc.blocks.push_back(render::Section{
        key, heading, render::Table{{{key, heading, Kind::text}}, {{*text}}}, true});
  }
  doc.marking = "OFFICIAL";
  for (const auto& linked : cases)
    doc.marking = std::string(render::higher_marking(doc.marking, linked.marking));
  return doc;
}

std::vector<Column> clash_columns() {
  return {{"date", "Date", Kind::date},
          {"diary", "Diary", Kind::text},
          {"first_id", "ID", Kind::integer},
          {"first_time", "Time", Kind::text},
          {"first_title", "Event", Kind::text},
          {"second_id", "Clashes with", Kind::integer},
          {"second_time", "Time", Kind::text},
          {"second_title", "Event", Kind::text},
          {"overlap_minutes", "Overlap (min)", Kind::integer}};
}

std::vector<Cell> clash_cells(const Clash& c) {
  return {c.first.start.date(), c.first.event->diary,  c.first.event->id,
          time_span(c.first),   c.first.event->title,  c.second.event->id,
          time_span(c.second),  c.second.event->title, int64_t{c.minutes}};
}

render::Table slot_table(const std::vector<Slot>& slots) {
  render::Table t;
  t.columns = {{"date", "Date", Kind::date},
               {"day", "Day", Kind::text},
               {"from", "From", Kind::text},
               {"to", "To", Kind::text},
               {"minutes", "Minutes", Kind::integer}};
  for (const auto& s : slots)
    t.rows.push_back({s.from.date(), std::string(weekday_name(s.from.date().weekday())),
                      s.from.hhmm(), s.to.hhmm(), int64_t{s.minutes()}});
  return t;
}

}  // namespace clerk::diary
