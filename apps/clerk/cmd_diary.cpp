// clerk diary add|list|show|move|cancel|conflicts|free|agenda|minutes|brief|import|export and
// clerk diary action add|list|edit|done|cancel
#include "clerk/core/error.hpp"
#include "clerk/diary/action_ops.hpp"
#include "clerk/diary/agenda_ops.hpp"
#include "clerk/diary/briefing.hpp"
#include "clerk/diary/diary_tables.hpp"
#include "clerk/diary/event_ops.hpp"
#include "clerk/diary/free_busy_ops.hpp"
#include "clerk/diary/ical_ops.hpp"
#include "clerk/diary/papers_ops.hpp"
#include "commands.hpp"
#include "input.hpp"

namespace clerk::app {
namespace {

struct DiaryOptions {
  std::string id, title, at, length, until, kind, place, diary, travel, repeat, by, occurrence;
  std::string day, week, from, to, on, text, file, owner, due, meeting, case_ref, note;
  std::string owner_contact, reason;
  std::vector<std::string> with, cases;
  int count = 0;
  bool all_day = false, tentative = false, strict = false, overdue = false, open = false;
  bool with_attendees = false;
};

diary::RangeInput range_from(CLI::App* cmd, const DiaryOptions& o) {
  return {given(cmd, "--day", o.day), given(cmd, "--week", o.week), given(cmd, "--from", o.from),
          given(cmd, "--to", o.to)};
}

void add_diary_option(CLI::App* cmd, DiaryOptions& o, const char* help) {
  cmd->add_option("--diary", o.diary, help);
}

void add_from_to(CLI::App* cmd, DiaryOptions& o) {
  cmd->add_option("--from", o.from, "First day (YYYY-MM-DD, today, mon, +3d, ...)");
  cmd->add_option("--to", o.to, "Last day");
}

// Clashes warn on stderr (or were refused under --strict); notes explain what was assumed.
void tell(Cli& cli, const diary::Scheduled& s) {
  for (const auto& n : s.notes) cli.note("note: " + n);
  for (const auto& c : s.clashes) cli.note("warning: " + c);
}

void add_event_commands(Cli& cli, CLI::App& group) {
  auto add = std::make_shared<DiaryOptions>();
  auto* add_cmd = cli.command(group, "add", "Add an event; prints its id");
  add_cmd->add_option("TITLE", add->title, "What it is")->required();
  add_cmd
      ->add_option("--at", add->at,
                   "When it starts: 'tomorrow 10:00', 'mon 14:30', '2026-11-30 09:30'")
      ->required();
  add_cmd->add_option("--for", add->length, "How long: 90m, 1h30m, 2h");
  add_cmd->add_option(
      "--until", add->until,
      "When it ends (a time, or date and time); with --repeat, the series' last day");
  add_cmd->add_flag("--all-day", add->all_day, "An all-day event (--at and --until are days)");
  auto* kind = add_cmd->add_option("--kind", add->kind, "meeting|surgery|visit|event|travel|call");
  cli.complete(kind, {words<diary::EventKind>(), ""});
  add_cmd->add_option("--where", add->place, "Place");
  auto* with = add_cmd->add_option("--with", add->with,
                                   "Who is there: staff login, contact id or name, or any name");
  cli.complete(with, {{}, "contacts"});
  add_diary_option(add_cmd, *add, "Whose diary (default main)");
  add_cmd->add_option("--case", add->cases, "A case it is about (reference; repeatable)");
  add_cmd->add_flag("--tentative", add->tentative, "Not yet confirmed");
  add_cmd->add_option("--travel", add->travel, "Travel time each way, e.g. 30m");
  auto* repeat = add_cmd->add_option("--repeat", add->repeat, "weekly|fortnightly|monthly");
  cli.complete(repeat, {words<diary::Repeat>(), ""});
  auto* by = add_cmd->add_option("--by", add->by,
                                 "Monthly on the same date, numbered weekday or last weekday");
  cli.complete(by, {words<diary::MonthlyBy>(), ""});
  add_cmd->add_option("--count", add->count, "Repeat this many times")->check(CLI::PositiveNumber);
  add_cmd->add_flag("--strict", add->strict, "Refuse (exit 65) instead of warning on a clash");
  add_cmd->callback([&cli, add, add_cmd] {
    diary::EventInput in;
    in.title = add->title;
    in.at = add->at;
    in.length = given(add_cmd, "--for", add->length);
    in.until = given(add_cmd, "--until", add->until);
    in.all_day = add->all_day;
    in.kind = given(add_cmd, "--kind", add->kind);
    in.place = given(add_cmd, "--where", add->place);
    in.diary = given(add_cmd, "--diary", add->diary);
    in.travel = given(add_cmd, "--travel", add->travel);
    in.repeat = given(add_cmd, "--repeat", add->repeat);
    in.by = given(add_cmd, "--by", add->by);
    in.count = add->count;
    in.with = add->with;
    in.cases = add->cases;
    in.tentative = add->tentative;
    auto s = diary::add_event(cli.open(), in, add->strict);
    cli.emit_value(std::to_string(s.event.id));
    tell(cli, s);
  });

  auto list = std::make_shared<DiaryOptions>();
  auto* list_cmd =
      cli.command(group, "list", "The diary for a day, a week or a range (default this week)");
  list_cmd->add_option("--day", list->day, "One day");
  list_cmd->add_option("--week", list->week, "The Monday-to-Sunday week containing this day");
  add_from_to(list_cmd, *list);
  add_diary_option(list_cmd, *list, "Only this diary");
  auto* list_kind = list_cmd->add_option("--kind", list->kind, "Only this kind of event");
  cli.complete(list_kind, {words<diary::EventKind>(), ""});
  list_cmd->callback([&cli, list, list_cmd] {
    auto& ctx = cli.open();
    diary::AgendaFilter filter;
    filter.diary = list->diary;
    if (given(list_cmd, "--kind", list->kind))
      filter.kind = parse_word<diary::EventKind>(list->kind);
    auto period = diary::parse_range(ctx, range_from(list_cmd, *list), diary::week_of(ctx.today()));
    auto agenda = diary::load_agenda(ctx, period, filter);
    // Issue 5: "an agenda grouped by day in table"; every other format gets one row per
    // occurrence, which is what scripts want.
    if (cli.format() == render::Format::table)
      cli.emit(diary::agenda_document(agenda));
    else
      cli.emit(diary::agenda_table(agenda));
  });

  auto show = std::make_shared<DiaryOptions>();
  auto* show_cmd =
      cli.command(group, "show", "One event: details, attendees, changes, agenda, minutes");
  show_cmd->add_option("ID", show->id, "Event id")->required();
  show_cmd->callback([&cli, show] { cli.emit(diary::show_event(cli.open(), show->id)); });

  auto move = std::make_shared<DiaryOptions>();
  auto* move_cmd =
      cli.command(group, "move", "Move an event, a whole series, or one occurrence of it");
  move_cmd->add_option("ID", move->id, "Event id")->required();
  move_cmd->add_option("--at", move->at, "The new start (a day for all-day events)")->required();
  move_cmd->add_option("--for", move->length, "A new length (default: as before)");
  move_cmd->add_option("--occurrence", move->occurrence,
                       "Only the occurrence the series puts on this day");
  move_cmd->add_flag("--strict", move->strict, "Refuse (exit 65) instead of warning on a clash");
  move_cmd->callback([&cli, move, move_cmd] {
    diary::MoveInput in{move->id, move->at, given(move_cmd, "--for", move->length),
                        given(move_cmd, "--occurrence", move->occurrence)};
    auto s = diary::move_event(cli.open(), in, move->strict);
    tell(cli, s);
    cli.note("moved event " + std::to_string(s.event.id));
  });

  auto cancel = std::make_shared<DiaryOptions>();
  auto* cancel_cmd =
      cli.command(group, "cancel", "Cancel an event (kept, marked) or one occurrence");
  cancel_cmd->add_option("ID", cancel->id, "Event id")->required();
  cancel_cmd->add_option("--occurrence", cancel->occurrence,
                         "Only the occurrence the series puts on this day");
  cancel_cmd->callback([&cli, cancel, cancel_cmd] {
    auto occurrence = given(cancel_cmd, "--occurrence", cancel->occurrence);
    auto e = diary::cancel_event(cli.open(), cancel->id, occurrence);
    cli.note("cancelled " + (occurrence ? "one occurrence of " : std::string()) + "event " +
             std::to_string(e.id));
  });
}

void add_planning_commands(Cli& cli, CLI::App& group) {
  auto conflicts = std::make_shared<DiaryOptions>();
  auto* conflicts_cmd = cli.command(
      group, "conflicts", "Every clash in a diary, travel included (default the next 30 days)");
  add_from_to(conflicts_cmd, *conflicts);
  add_diary_option(conflicts_cmd, *conflicts, "Only this diary");
  conflicts_cmd->callback([&cli, conflicts, conflicts_cmd] {
    auto& ctx = cli.open();
    auto period = diary::parse_range(ctx, range_from(conflicts_cmd, *conflicts),
                                     date_range(ctx.today(), ctx.today().plus_days(30)));
    diary::AgendaFilter filter;
    filter.diary = conflicts->diary;
    auto agenda = diary::load_agenda(ctx, period, filter);
    cli.emit_rows(diary::clash_columns(), [&](const auto& sink) {
      diary::for_each_conflict(agenda, [&](const diary::Clash& c) { sink(diary::clash_cells(c)); });
    });
  });

  auto free = std::make_shared<DiaryOptions>();
  auto* free_cmd = cli.command(group, "free", "Free slots in working hours on a day or in a week");
  auto* on = free_cmd->add_option("--on", free->on, "One day");
  auto* week = free_cmd->add_option("--week", free->week, "The week containing this day");
  on->excludes(week);
  free_cmd->add_option("--for", free->length, "How long the slot must be: 30m, 1h")->required();
  add_diary_option(free_cmd, *free, "Whose diary (default main)");
  free_cmd->callback([&cli, free, free_cmd] {
    auto& ctx = cli.open();
    diary::RangeInput range{
        given(free_cmd, "--on", free->on), given(free_cmd, "--week", free->week), {}, {}};
    if (!range.day && !range.week)
      throw Error(ErrorKind::usage, "give --on DAY or --week DAY").field("on");
    auto period = diary::parse_range(ctx, range, diary::week_of(ctx.today()));
    std::string whose = free->diary.empty() ? std::string(diary::kDefaultDiary) : free->diary;
    cli.emit(diary::slot_table(diary::find_free(ctx, period, free->length, whose)));
  });

  for (auto [name, which, help] :
       {std::tuple{"agenda", diary::Notes::agenda, "Print an event's agenda, or attach one"},
        std::tuple{"minutes", diary::Notes::minutes, "Print an event's minutes, or attach them"}}) {
    auto o = std::make_shared<DiaryOptions>();
    auto* cmd = cli.command(group, name, help);
    cmd->add_option("ID", o->id, "Event id")->required();
    cmd->add_option("TEXT", o->text, "Plain text or Markdown to attach (- reads stdin)");
    cmd->add_option("--occurrence", o->occurrence,
                    which == diary::Notes::agenda
                        ? "Which meeting of a series, by its date (default: the next from today)"
                        : "Which meeting of a series, by its date (default: the latest up to "
                          "today)");
    cmd->callback([&cli, o, cmd, which, name] {
      auto& ctx = cli.open();
      auto occurrence = given(cmd, "--occurrence", o->occurrence);
      if (!given(cmd, "TEXT", o->text)) {
        auto papers = diary::read_notes(ctx, o->id, which, occurrence);
        // Which meeting of a series is meant goes to stderr, so stdout is the text alone.
        if (papers.occurrence && !occurrence)
          cli.note(std::string(name) + " of the occurrence on " + papers.occurrence->iso());
        cli.emit_value(papers.text);
        return;
      }
      auto day = diary::write_notes(ctx, o->id, which, text_or_stdin(o->text), occurrence);
      cli.note(std::string(name) + " saved for event " + o->id +
               (day ? " (the occurrence on " + day->iso() + ")" : std::string()));
    });
  }

  auto brief = std::make_shared<DiaryOptions>();
  auto* brief_cmd = cli.command(group, "brief", "The briefing pack for a day (default today)");
  brief_cmd->add_option("DATE", brief->day, "The day");
  add_diary_option(brief_cmd, *brief, "Only this diary");
  brief_cmd->callback([&cli, brief, brief_cmd] {
    auto& ctx = cli.open();
    Date day =
        given(brief_cmd, "DATE", brief->day) ? ctx.parse_date(brief->day, "date") : ctx.today();
    cli.emit(diary::briefing(ctx, day, brief->diary));
  });
}

void add_exchange_commands(Cli& cli, CLI::App& group) {
  auto import = std::make_shared<DiaryOptions>();
  auto* import_cmd = cli.command(
      group, "import", "Read an iCalendar file (Outlook, Google, phones); known UIDs are updated");
  import_cmd->add_option("FILE", import->file, "The .ics file, or - for stdin")->required();
  import_cmd->callback([&cli, import] {
    std::string text = read_input(import->file);
    auto r = diary::import_ical(cli.open(), text, import->file == "-" ? "stdin" : import->file);
    for (const auto& report : r.reports) cli.note(report);
    cli.note("imported " + std::to_string(r.added) + " new, " + std::to_string(r.updated) +
             " updated, " + std::to_string(r.unchanged) + " unchanged, " +
             std::to_string(r.skipped) + " skipped");
  });

  auto exp = std::make_shared<DiaryOptions>();
  auto* export_cmd = cli.command(group, "export",
                                 "Write the diary as iCalendar (RFC 5545); -o FILE.ics to save it");
  add_from_to(export_cmd, *exp);
  add_diary_option(export_cmd, *exp, "Only this diary");
  export_cmd->add_flag("--with-attendees", exp->with_attendees,
                       "Also list attendees who are not staff (constituents, guests); by default "
                       "they are a count in the description, so no calendar invites them");
  export_cmd->callback([&cli, exp, export_cmd] {
    auto& ctx = cli.open();
    diary::EventQuery q;
    q.diary = exp->diary;
    if (given(export_cmd, "--from", exp->from) || given(export_cmd, "--to", exp->to)) {
      Period p = diary::parse_range(ctx, range_from(export_cmd, *exp), diary::week_of(ctx.today()));
      q.from = p.from;
      q.to = p.last_day();
    }
    cli.write_output(
        [&](std::ostream& out) { diary::export_ical(ctx, q, out, exp->with_attendees); });
  });
}

void add_action_commands(Cli& cli, CLI::App& diary_group) {
  auto* group = cli.command(diary_group, "action", "Actions from meetings and cases");
  group->require_subcommand(1);

  auto add = std::make_shared<DiaryOptions>();
  auto* add_cmd = cli.command(*group, "add", "Add an action; prints its id");
  add_cmd->add_option("TEXT", add->text, "What is to be done")->required();
  auto* owner = add_cmd->add_option("--owner", add->owner, "Who does it (staff login)");
  cli.complete(owner, {{}, "staff"});
  auto* owner_contact = add_cmd->add_option(
      "--owner-contact", add->owner_contact,
      "Or someone outside the office who does it (contact id or name: \"Chief Constable\")");
  cli.complete(owner_contact, {{}, "contacts"});
  add_cmd->add_option("--due", add->due, "When by (YYYY-MM-DD, fri, +5wd, ...)")->required();
  add_cmd->add_option("--meeting", add->meeting, "The event it came from (id)");
  add_cmd->add_option("--case", add->case_ref, "The case it is for (reference)");
  add_cmd->callback([&cli, add, add_cmd] {
    diary::ActionInput in{add->text,
                          given(add_cmd, "--owner", add->owner),
                          given(add_cmd, "--owner-contact", add->owner_contact),
                          add->due,
                          given(add_cmd, "--meeting", add->meeting),
                          given(add_cmd, "--case", add->case_ref)};
    cli.emit_value(std::to_string(diary::add_action(cli.open(), in).id));
  });

  auto list = std::make_shared<DiaryOptions>();
  auto* list_cmd = cli.command(*group, "list", "Actions by due date");
  auto* list_owner = list_cmd->add_option("--owner", list->owner, "Only this person's");
  cli.complete(list_owner, {{}, "staff"});
  list_cmd->add_flag("--overdue", list->overdue, "Only open ones past their due date");
  list_cmd->add_flag("--open", list->open, "Only ones not done");
  list_cmd->callback([&cli, list, list_cmd] {
    auto& ctx = cli.open();
    diary::ActionListInput in{given(list_cmd, "--owner", list->owner), list->overdue, list->open};
    cli.emit_rows(diary::action_columns(), [&](const auto& sink) {
      diary::for_each_action(
          ctx, in, [&](const diary::Action& a) { sink(diary::action_cells(a, ctx.today())); });
    });
  });

  auto done = std::make_shared<DiaryOptions>();
  auto* done_cmd = cli.command(*group, "done", "Mark an action done today");
  done_cmd->add_option("ID", done->id, "Action id")->required();
  done_cmd->add_option("--note", done->note, "How it was done (- reads stdin)");
  done_cmd->callback([&cli, done] {
    auto a = diary::complete_action(cli.open(), done->id, text_or_stdin(done->note));
    cli.note("action " + std::to_string(a.id) + " done");
  });

  auto edit = std::make_shared<DiaryOptions>();
  auto* edit_cmd =
      cli.command(*group, "edit", "Reword, reassign or re-date an open action (audited)");
  edit_cmd->add_option("ID", edit->id, "Action id")->required();
  edit_cmd->add_option("--text", edit->text, "What is to be done, reworded");
  auto* edit_owner = edit_cmd->add_option("--owner", edit->owner, "A new owner (staff login)");
  cli.complete(edit_owner, {{}, "staff"});
  auto* edit_contact = edit_cmd->add_option("--owner-contact", edit->owner_contact,
                                            "A new owner outside the office (contact id or name)");
  cli.complete(edit_contact, {{}, "contacts"});
  edit_cmd->add_option("--due", edit->due, "A new due date (YYYY-MM-DD, fri, +5wd, ...)");
  edit_cmd->callback([&cli, edit, edit_cmd] {
    diary::ActionEdit change{given(edit_cmd, "--text", edit->text),
                             given(edit_cmd, "--owner", edit->owner),
                             given(edit_cmd, "--owner-contact", edit->owner_contact),
                             given(edit_cmd, "--due", edit->due)};
    auto a = diary::edit_action(cli.open(), edit->id, change);
    cli.note("action " + std::to_string(a.id) + " updated");
  });

  auto cancel = std::make_shared<DiaryOptions>();
  auto* cancel_cmd =
      cli.command(*group, "cancel", "Cancel an open action: kept, marked cancelled, with why");
  cancel_cmd->add_option("ID", cancel->id, "Action id")->required();
  cancel_cmd->add_option("--reason", cancel->reason, "Why it is no longer to be done")->required();
  cancel_cmd->callback([&cli, cancel] {
    auto a = diary::cancel_action(cli.open(), cancel->id, cancel->reason);
    cli.note("action " + std::to_string(a.id) + " cancelled");
  });
}

}  // namespace

void add_diary_commands(Cli& cli) {
  auto* group = cli.command(
      cli.root(), "diary", "The principal's diary: events, clashes, free time, briefings, actions");
  group->require_subcommand(1);
  add_event_commands(cli, *group);
  add_planning_commands(cli, *group);
  add_exchange_commands(cli, *group);
  add_action_commands(cli, *group);
}

}  // namespace clerk::app
