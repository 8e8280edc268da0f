// clerk diary and clerk diary action: one add_diary_<leaf> per command, and their tables in help
// order.
#include "clerk/core/error.hpp"
#include "clerk/diary/action_ops.hpp"
#include "clerk/diary/action_tables.hpp"
#include "clerk/diary/action_visibility.hpp"
#include "clerk/diary/agenda_ops.hpp"
#include "clerk/diary/briefing.hpp"
#include "clerk/diary/briefing_tables.hpp"
#include "clerk/diary/diary_tables.hpp"
#include "clerk/diary/event_ops.hpp"
#include "clerk/diary/free_busy_ops.hpp"
#include "clerk/diary/ical_ops.hpp"
#include "clerk/diary/papers_ops.hpp"
#include "commands.hpp"
#include "input.hpp"

namespace clerk::app {
namespace {

// The days list, conflicts and export cover, as typed (each binds the options it takes).
struct DayRange {
  std::string day, week, from, to;
};

diary::RangeInput range_from(CLI::App& cmd, const DayRange& r) {
  return {given(&cmd, "--day", r.day), given(&cmd, "--week", r.week), given(&cmd, "--from", r.from),
          given(&cmd, "--to", r.to)};
}

void add_diary_option(CLI::App& cmd, std::string& diary, const char* help) {
  cmd.add_option("--diary", diary, help);
}

void add_from_to(CLI::App& cmd, DayRange& r) {
  cmd.add_option("--from", r.from, "First day (YYYY-MM-DD, today, mon, +3d, ...)");
  cmd.add_option("--to", r.to, "Last day");
}

// Clashes warn on stderr (or were refused under --strict); notes explain what was assumed.
void tell(Cli& cli, const diary::Scheduled& s) {
  for (const auto& n : s.notes) cli.note("note: " + n);
  for (const auto& c : s.clashes) cli.note("warning: " + c);
}

struct DiaryAddOptions {
  std::string title, at, length, until, kind, place, diary, travel, repeat, by;
  std::vector<std::string> with, cases;
  int count = 0;
  bool all_day = false, tentative = false, strict = false;
};

Run add_diary_add(CLI::App& cmd, Cli& cli) {
  cmd.description("Add an event; prints its id");
  auto o = std::make_shared<DiaryAddOptions>();
  cmd.add_option("TITLE", o->title, "What it is")->required();
  cmd.add_option("--at", o->at, "When it starts: 'tomorrow 10:00', 'mon 14:30', '2026-11-30 09:30'")
      ->required();
  cmd.add_option("--for", o->length, "How long: 90m, 1h30m, 2h");
  cmd.add_option("--until", o->until,
                 "When it ends (a time, or date and time); with --repeat, the series' last day");
  cmd.add_flag("--all-day", o->all_day, "An all-day event (--at and --until are days)");
  auto* kind = cmd.add_option("--kind", o->kind, "meeting|surgery|visit|event|travel|call");
  cli.complete(kind, {words<diary::EventKind>(), ""});
  cmd.add_option("--where", o->place, "Place");
  auto* with = cmd.add_option("--with", o->with,
                              "Who is there: staff login, contact id or name, or any name");
  cli.complete(with, {{}, "contacts"});
  add_diary_option(cmd, o->diary, "Whose diary (default main)");
  cmd.add_option("--case", o->cases, "A case it is about (reference; repeatable)");
  cmd.add_flag("--tentative", o->tentative, "Not yet confirmed");
  cmd.add_option("--travel", o->travel, "Travel time each way, e.g. 30m");
  auto* repeat = cmd.add_option("--repeat", o->repeat, "weekly|fortnightly|monthly");
  cli.complete(repeat, {words<diary::Repeat>(), ""});
  auto* by =
      cmd.add_option("--by", o->by, "Monthly on the same date, numbered weekday or last weekday");
  cli.complete(by, {words<diary::MonthlyBy>(), ""});
  cmd.add_option("--count", o->count, "Repeat this many times")->check(CLI::PositiveNumber);
  cmd.add_flag("--strict", o->strict, "Refuse (exit 65) instead of warning on a clash");
  return [&cli, o, &cmd] {
    diary::EventInput in;
    in.title = o->title;
    in.at = o->at;
    in.length = given(&cmd, "--for", o->length);
    in.until = given(&cmd, "--until", o->until);
    in.all_day = o->all_day;
    in.kind = given(&cmd, "--kind", o->kind);
    in.place = given(&cmd, "--where", o->place);
    in.diary = given(&cmd, "--diary", o->diary);
    in.travel = given(&cmd, "--travel", o->travel);
    in.repeat = given(&cmd, "--repeat", o->repeat);
    in.by = given(&cmd, "--by", o->by);
    in.count = o->count;
    in.with = o->with;
    in.cases = o->cases;
    in.tentative = o->tentative;
    auto s = diary::add_event(cli.open(), in, o->strict);
    cli.emit_value(std::to_string(s.event.id));
    tell(cli, s);
  };
}

struct DiaryListOptions {
  DayRange range;
  std::string diary, kind;
};

Run add_diary_list(CLI::App& cmd, Cli& cli) {
  cmd.description("The diary for a day, a week or a range (default this week)");
  auto o = std::make_shared<DiaryListOptions>();
  cmd.add_option("--day", o->range.day, "One day");
  cmd.add_option("--week", o->range.week, "The Monday-to-Sunday week containing this day");
  add_from_to(cmd, o->range);
  add_diary_option(cmd, o->diary, "Only this diary");
  auto* kind = cmd.add_option("--kind", o->kind, "Only this kind of event");
  cli.complete(kind, {words<diary::EventKind>(), ""});
  return [&cli, o, &cmd] {
    auto& ctx = cli.open();
    diary::AgendaFilter filter;
    filter.diary = o->diary;
    if (given(&cmd, "--kind", o->kind)) filter.kind = parse_word<diary::EventKind>(o->kind);
    auto period = diary::parse_range(ctx, range_from(cmd, o->range), diary::week_of(ctx.today()));
    auto agenda = diary::load_agenda(ctx, period, filter);
    // Issue 5: "an agenda grouped by day in table"; every other format gets one row per
    // occurrence, which is what scripts want.
    if (cli.format() == render::Format::table)
      cli.emit(diary::agenda_document(agenda));
    else
      cli.emit(diary::agenda_table(agenda));
  };
}

struct DiaryShowOptions {
  std::string id;
};

Run add_diary_show(CLI::App& cmd, Cli& cli) {
  cmd.description("One event: details, attendees, changes, agenda, minutes");
  auto o = std::make_shared<DiaryShowOptions>();
  cmd.add_option("ID", o->id, "Event id")->required();
  return [&cli, o] {
    auto shown = diary::show_event(cli.open(), o->id);
    cli.emit(diary::event_document(shown.event, shown.cases));
  };
}

struct DiaryMoveOptions {
  std::string id, at, length, occurrence;
  bool strict = false;
};

Run add_diary_move(CLI::App& cmd, Cli& cli) {
  cmd.description("Move an event, a whole series, or one occurrence of it");
  auto o = std::make_shared<DiaryMoveOptions>();
  cmd.add_option("ID", o->id, "Event id")->required();
  cmd.add_option("--at", o->at, "The new start (a day for all-day events)")->required();
  cmd.add_option("--for", o->length, "A new length (default: as before)");
  cmd.add_option("--occurrence", o->occurrence, "Only the occurrence the series puts on this day");
  cmd.add_flag("--strict", o->strict, "Refuse (exit 65) instead of warning on a clash");
  return [&cli, o, &cmd] {
    diary::MoveInput in{o->id, o->at, given(&cmd, "--for", o->length),
                        given(&cmd, "--occurrence", o->occurrence)};
    auto s = diary::move_event(cli.open(), in, o->strict);
    tell(cli, s);
    cli.note("moved event " + std::to_string(s.event.id));
  };
}

struct DiaryCancelOptions {
  std::string id, occurrence;
};

Run add_diary_cancel(CLI::App& cmd, Cli& cli) {
  cmd.description("Cancel an event (kept, marked) or one occurrence");
  auto o = std::make_shared<DiaryCancelOptions>();
  cmd.add_option("ID", o->id, "Event id")->required();
  cmd.add_option("--occurrence", o->occurrence, "Only the occurrence the series puts on this day");
  return [&cli, o, &cmd] {
    auto occurrence = given(&cmd, "--occurrence", o->occurrence);
    auto e = diary::cancel_event(cli.open(), o->id, occurrence);
    cli.note("cancelled " + (occurrence ? "one occurrence of " : std::string()) + "event " +
             std::to_string(e.id));
  };
}

struct DiaryConflictsOptions {
  DayRange range;
  std::string diary;
};

Run add_diary_conflicts(CLI::App& cmd, Cli& cli) {
  cmd.description("Every clash in a diary, travel included (default the next 30 days)");
  auto o = std::make_shared<DiaryConflictsOptions>();
  add_from_to(cmd, o->range);
  add_diary_option(cmd, o->diary, "Only this diary");
  return [&cli, o, &cmd] {
    auto& ctx = cli.open();
    auto period = diary::parse_range(ctx, range_from(cmd, o->range),
                                     date_range(ctx.today(), ctx.today().plus_days(30)));
    diary::AgendaFilter filter;
    filter.diary = o->diary;
    auto agenda = diary::load_agenda(ctx, period, filter);
    cli.emit_rows(diary::clash_columns(), [&](const auto& sink) {
      diary::for_each_conflict(agenda, [&](const diary::Clash& c) { sink(diary::clash_cells(c)); });
    });
  };
}

struct DiaryFreeOptions {
  std::string on, week, length, diary;
};

Run add_diary_free(CLI::App& cmd, Cli& cli) {
  cmd.description("Free slots in working hours on a day or in a week");
  auto o = std::make_shared<DiaryFreeOptions>();
  auto* on = cmd.add_option("--on", o->on, "One day");
  auto* week = cmd.add_option("--week", o->week, "The week containing this day");
  on->excludes(week);
  cmd.add_option("--for", o->length, "How long the slot must be: 30m, 1h")->required();
  add_diary_option(cmd, o->diary, "Whose diary (default main)");
  return [&cli, o, &cmd] {
    auto& ctx = cli.open();
    diary::RangeInput range{given(&cmd, "--on", o->on), given(&cmd, "--week", o->week), {}, {}};
    if (!range.day && !range.week)
      throw Error(ErrorKind::usage, "give --on DAY or --week DAY").field("on");
    auto period = diary::parse_range(ctx, range, diary::week_of(ctx.today()));
    std::string whose = o->diary.empty() ? std::string(diary::kDefaultDiary) : o->diary;
    cli.emit(diary::slot_table(diary::find_free(ctx, period, o->length, whose)));
  };
}

struct DiaryNotesOptions {
  std::string id, text, occurrence;
};

// agenda and minutes: print an event's notes of that kind, or attach them.
Run add_notes_leaf(CLI::App& cmd, Cli& cli, diary::Notes which) {
  const bool agenda = which == diary::Notes::agenda;
  cmd.description(agenda ? "Print an event's agenda, or attach one"
                         : "Print an event's minutes, or attach them");
  auto o = std::make_shared<DiaryNotesOptions>();
  cmd.add_option("ID", o->id, "Event id")->required();
  cmd.add_option("TEXT", o->text, "Plain text or Markdown to attach (- reads stdin)");
  cmd.add_option("--occurrence", o->occurrence,
                 agenda ? "Which meeting of a series, by its date (default: the next from today)"
                        : "Which meeting of a series, by its date (default: the latest up to "
                          "today)");
  return [&cli, o, &cmd, which, name = cmd.get_name()] {
    auto& ctx = cli.open();
    auto occurrence = given(&cmd, "--occurrence", o->occurrence);
    if (!given(&cmd, "TEXT", o->text)) {
      auto papers = diary::read_notes(ctx, o->id, which, occurrence);
      // Which meeting of a series is meant goes to stderr, so stdout is the text alone.
      if (papers.occurrence && !occurrence)
        cli.note(name + " of the occurrence on " + papers.occurrence->iso());
      cli.emit_value(papers.text);
      return;
    }
    auto day = diary::write_notes(ctx, o->id, which, text_or_stdin(o->text), occurrence);
    cli.note(name + " saved for event " + o->id +
             (day ? " (the occurrence on " + day->iso() + ")" : std::string()));
  };
}

Run add_diary_agenda(CLI::App& cmd, Cli& cli) {
  return add_notes_leaf(cmd, cli, diary::Notes::agenda);
}

Run add_diary_minutes(CLI::App& cmd, Cli& cli) {
  return add_notes_leaf(cmd, cli, diary::Notes::minutes);
}

struct DiaryBriefOptions {
  std::string day, diary;
};

Run add_diary_brief(CLI::App& cmd, Cli& cli) {
  cmd.description("The briefing pack for a day (default today)");
  auto o = std::make_shared<DiaryBriefOptions>();
  cmd.add_option("DATE", o->day, "The day");
  add_diary_option(cmd, o->diary, "Only this diary");
  return [&cli, o, &cmd] {
    auto& ctx = cli.open();
    Date day = given(&cmd, "DATE", o->day) ? ctx.parse_date(o->day, "date") : ctx.today();
    cli.emit(diary::briefing_document(diary::load_briefing(ctx, day, o->diary), ctx.today()));
  };
}

struct DiaryImportOptions {
  std::string file;
  bool strict = false;
};

Run add_diary_import(CLI::App& cmd, Cli& cli) {
  cmd.description(
      "Read an iCalendar file (Outlook, Google, phones); known UIDs are updated. An event that "
      "cannot be kept (no DTSTART, a value that does not parse) is skipped and listed on stderr "
      "with its line; the rest are imported");
  auto o = std::make_shared<DiaryImportOptions>();
  cmd.add_option("FILE", o->file, "The .ics file, or - for stdin")->required();
  cmd.add_flag("--strict", o->strict,
               "All or nothing: refuse the file (exit 65, nothing written) if any event in it "
               "would be skipped, lacks a UID or repeats another's");
  return [&cli, o] {
    std::string text = read_input(o->file);
    const std::string source = o->file == "-" ? "stdin" : o->file;
    auto r = diary::import_ical(cli.open(), text, source, o->strict);
    for (const auto& report : r.reports) cli.note(report);
    if (r.derived_uids > 0)
      cli.note(std::to_string(r.derived_uids) +
               (r.derived_uids == 1 ? " event has" : " events have") +
               " no UID: each was given one made from its start, title, place and rule, so "
               "importing the file again updates rather than duplicates");
    cli.note("imported " + std::to_string(r.added) + " new, " + std::to_string(r.updated) +
             " updated, " + std::to_string(r.unchanged) + " unchanged, " +
             std::to_string(r.skipped) + " skipped");
    if (r.taken() == 0 && r.skipped > 0)
      throw Error(ErrorKind::bad_data,
                  "none of the file's " + std::to_string(r.skipped) + " events could be imported")
          .source(source);
  };
}

struct DiaryExportOptions {
  DayRange range;
  std::string diary;
  bool with_attendees = false;
};

Run add_diary_export(CLI::App& cmd, Cli& cli) {
  cmd.description("Write the diary as iCalendar (RFC 5545); -o FILE.ics to save it");
  auto o = std::make_shared<DiaryExportOptions>();
  add_from_to(cmd, o->range);
  add_diary_option(cmd, o->diary, "Only this diary");
  cmd.add_flag("--with-attendees", o->with_attendees,
               "Also list attendees who are not staff (constituents, guests); by default "
               "they are a count in the description, so no calendar invites them");
  return [&cli, o, &cmd] {
    auto& ctx = cli.open();
    diary::EventQuery q;
    q.diary = o->diary;
    if (given(&cmd, "--from", o->range.from) || given(&cmd, "--to", o->range.to)) {
      Period p = diary::parse_range(ctx, range_from(cmd, o->range), diary::week_of(ctx.today()));
      q.from = p.from;
      q.to = p.last_day();
    }
    cli.write_output(
        [&](std::ostream& out) { diary::export_ical(ctx, q, out, o->with_attendees); });
  };
}

struct ActionAddOptions {
  std::string text, owner, owner_contact, due, meeting, case_ref;
};

Run add_action_add(CLI::App& cmd, Cli& cli) {
  cmd.description("Add an action; prints its id");
  auto o = std::make_shared<ActionAddOptions>();
  cmd.add_option("TEXT", o->text, "What is to be done")->required();
  auto* owner = cmd.add_option("--owner", o->owner, "Who does it (staff login)");
  cli.complete(owner, {{}, "staff"});
  auto* owner_contact = cmd.add_option(
      "--owner-contact", o->owner_contact,
      "Or someone outside the office who does it (contact id or name: \"Chief Constable\")");
  cli.complete(owner_contact, {{}, "contacts"});
  cmd.add_option("--due", o->due, "When by (YYYY-MM-DD, fri, +5wd, ...)")->required();
  cmd.add_option("--meeting", o->meeting, "The event it came from (id)");
  cmd.add_option("--case", o->case_ref, "The case it is for (reference)");
  return [&cli, o, &cmd] {
    diary::ActionInput in{o->text,
                          given(&cmd, "--owner", o->owner),
                          given(&cmd, "--owner-contact", o->owner_contact),
                          o->due,
                          given(&cmd, "--meeting", o->meeting),
                          given(&cmd, "--case", o->case_ref)};
    cli.emit_value(std::to_string(diary::add_action(cli.open(), in).id));
  };
}

struct ActionListOptions {
  std::string owner;
  bool overdue = false, open = false;
};

Run add_action_list(CLI::App& cmd, Cli& cli) {
  cmd.description("Actions by due date");
  auto o = std::make_shared<ActionListOptions>();
  auto* owner = cmd.add_option("--owner", o->owner, "Only this person's");
  cli.complete(owner, {{}, "staff"});
  cmd.add_flag("--overdue", o->overdue, "Only open ones past their due date");
  cmd.add_flag("--open", o->open, "Only ones not done");
  return [&cli, o, &cmd] {
    auto& ctx = cli.open();
    diary::ActionListInput in{given(&cmd, "--owner", o->owner), o->overdue, o->open};
    auto filter = diary::action_filter(ctx, in);
    cli.emit_rows(diary::action_columns(), [&](const auto& sink) {
      diary::for_each_action(
          ctx, filter, [&](const diary::Action& a) { sink(diary::action_cells(a, ctx.today())); });
    });
    if (int64_t hidden = diary::hidden_count(ctx, filter))
      cli.note(std::to_string(hidden) + (hidden == 1 ? " action" : " actions") +
               " hidden: your role sees only your own (see `clerk diary action --help`)");
  };
}

struct ActionDoneOptions {
  std::string id, note;
};

Run add_action_done(CLI::App& cmd, Cli& cli) {
  cmd.description("Mark an action done today");
  auto o = std::make_shared<ActionDoneOptions>();
  cmd.add_option("ID", o->id, "Action id")->required();
  cmd.add_option("--note", o->note, "How it was done (- reads stdin)");
  return [&cli, o] {
    auto a = diary::complete_action(cli.open(), o->id, text_or_stdin(o->note));
    cli.note("action " + std::to_string(a.id) + " done");
  };
}

struct ActionEditOptions {
  std::string id, text, owner, owner_contact, due;
};

Run add_action_edit(CLI::App& cmd, Cli& cli) {
  cmd.description("Reword, reassign or re-date an open action (audited)");
  auto o = std::make_shared<ActionEditOptions>();
  cmd.add_option("ID", o->id, "Action id")->required();
  cmd.add_option("--text", o->text, "What is to be done, reworded");
  auto* owner = cmd.add_option("--owner", o->owner, "A new owner (staff login)");
  cli.complete(owner, {{}, "staff"});
  auto* owner_contact = cmd.add_option("--owner-contact", o->owner_contact,
                                       "A new owner outside the office (contact id or name)");
  cli.complete(owner_contact, {{}, "contacts"});
  cmd.add_option("--due", o->due, "A new due date (YYYY-MM-DD, fri, +5wd, ...)");
  return [&cli, o, &cmd] {
    diary::ActionEdit change{given(&cmd, "--text", o->text), given(&cmd, "--owner", o->owner),
                             given(&cmd, "--owner-contact", o->owner_contact),
                             given(&cmd, "--due", o->due)};
    auto a = diary::edit_action(cli.open(), o->id, change);
    cli.note("action " + std::to_string(a.id) + " updated");
  };
}

struct ActionCancelOptions {
  std::string id, reason;
};

Run add_action_cancel(CLI::App& cmd, Cli& cli) {
  cmd.description("Cancel an open action: kept, marked cancelled, with why");
  auto o = std::make_shared<ActionCancelOptions>();
  cmd.add_option("ID", o->id, "Action id")->required();
  cmd.add_option("--reason", o->reason, "Why it is no longer to be done")->required();
  return [&cli, o] {
    auto a = diary::cancel_action(cli.open(), o->id, o->reason);
    cli.note("action " + std::to_string(a.id) + " cancelled");
  };
}

constexpr Leaf kActionLeaves[] = {
    {"add", add_action_add, Needs::database, people::Permission::anyone},
    {"list", add_action_list, Needs::database, people::Permission::anyone},
    {"done", add_action_done, Needs::database, people::Permission::anyone},
    {"edit", add_action_edit, Needs::database, people::Permission::anyone},
    {"cancel", add_action_cancel, Needs::database, people::Permission::anyone},
};

Run add_diary_action(CLI::App& cmd, Cli& cli) {
  cmd.description("Actions from meetings and cases");
  cmd.require_subcommand(1);
  cmd.footer(
      "Whose actions: caseworkers, managers and admins work on every action; volunteers and "
      "finance officers add actions for themselves and list, edit, complete and cancel only "
      "their own. Lists leave the rest out and say how many on stderr; another person's action "
      "exits 77.");
  add_leaves(cli, cmd, kActionLeaves);
  return {};
}

constexpr Leaf kDiaryLeaves[] = {
    {"add", add_diary_add, Needs::database, people::Permission::casework},
    {"list", add_diary_list, Needs::database, people::Permission::anyone},
    {"show", add_diary_show, Needs::database, people::Permission::anyone},
    {"move", add_diary_move, Needs::database, people::Permission::casework},
    {"cancel", add_diary_cancel, Needs::database, people::Permission::casework},
    {"conflicts", add_diary_conflicts, Needs::database, people::Permission::anyone},
    {"free", add_diary_free, Needs::database, people::Permission::anyone},
    {"agenda", add_diary_agenda, Needs::database, people::Permission::anyone},
    {"minutes", add_diary_minutes, Needs::database, people::Permission::casework},
    {"brief", add_diary_brief, Needs::database, people::Permission::anyone},
    {"import", add_diary_import, Needs::database, people::Permission::casework},
    {"export", add_diary_export, Needs::database, people::Permission::anyone},
    {"action", add_diary_action, Needs::nothing,
     people::Permission::anyone},  // a group: its leaves say
};

}  // namespace

void add_diary_commands(Cli& cli) {
  auto* group = cli.command(
      cli.root(), "diary", "The principal's diary: events, clashes, free time, briefings, actions");
  group->require_subcommand(1);
  add_leaves(cli, *group, kDiaryLeaves);
}

}  // namespace clerk::app
