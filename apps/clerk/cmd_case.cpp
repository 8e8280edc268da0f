// clerk case, its commands in help order: open|list|due|search|show|note|log|assign|escalate|wait|
// pause|resume|close|reopen|extend|letter|export|import|signpost
#include <fstream>

#include "clerk/access/access.hpp"
#include "clerk/casework/case.hpp"
#include "clerk/casework/case_import.hpp"
#include "clerk/casework/case_letters.hpp"
#include "clerk/casework/case_ops.hpp"
#include "clerk/casework/case_query.hpp"
#include "clerk/casework/case_tables.hpp"
#include "clerk/casework/case_transfer.hpp"
#include "clerk/people/staff.hpp"
#include "commands.hpp"
#include "input.hpp"

namespace clerk::app {
namespace {

using casework::ListInput;

// The filters shared by list, due and search.
void add_filter_options(Cli& cli, CLI::App* cmd, ListInput& in) {
  auto* status = cmd->add_option("--status", in.statuses,
                                 "open|awaiting|escalated|closed|reopened (repeatable)");
  cli.complete(status, {words<casework::Status>(), ""});
  auto* type =
      cmd->add_option("--type", in.types, "enquiry|casework|complaint|foi|sar (repeatable)");
  cli.complete(type, {words<casework::CaseType>(), ""});
  auto* category =
      cmd->add_option("--category", in.categories, "A configured category (repeatable)");
  cli.complete(category, {{}, "categories"});
  auto* assignee = cmd->add_option("--assignee", in.assignees, "Staff login (repeatable)");
  cli.complete(assignee, {{}, "staff"});
  auto* contact = cmd->add_option("--contact", in.contact, "Contact id or exact name");
  cli.complete(contact, {{}, "contacts"});
  auto* marking = cmd->add_option("--marking", in.marking, "OFFICIAL|OFFICIAL-SENSITIVE");
  cli.complete(marking, {words<casework::Marking>(), ""});
  auto* priority =
      cmd->add_option("--priority", in.priorities, "low|normal|high|urgent (repeatable)");
  cli.complete(priority, {words<casework::Priority>(), ""});
  cmd->add_option("--opened-from", in.opened_from, "Received on or after DATE");
  cmd->add_option("--opened-to", in.opened_to, "Received on or before DATE");
  cmd->add_option("--closed-from", in.closed_from, "Closed on or after DATE");
  cmd->add_option("--closed-to", in.closed_to, "Closed on or before DATE");
  cmd->add_flag("--overdue", in.overdue, "Only cases past their next deadline");
  cmd->add_option("--due-within", in.due_within, "Only cases due within a span: 5wd, 10d, 2w");
  auto* sort =
      cmd->add_option("--sort", in.sort, "received (newest first)|due|priority|ref|relevance");
  cli.complete(sort, {words<casework::CaseSort>(), ""});
  cmd->add_option("--limit", in.limit, "At most N cases")->check(CLI::NonNegativeNumber);
}

void emit_cases(Cli& cli, const ListInput& in, bool with_snippet) {
  auto& ctx = cli.open();
  auto filter = casework::make_filter(ctx, in);
  Date today = ctx.today();
  cli.emit_rows(casework::case_columns(with_snippet), [&](const auto& sink) {
    casework::for_each_case(ctx, filter, [&](const casework::CaseRow& r) {
      sink(casework::case_cells(r, today, with_snippet));
    });
  });
}

// A command that moves one case: REF, then its own options; prints nothing on stdout.
struct MoveOptions {
  std::string ref, assign, reason, on, until, outcome, note;
  int months = 0;
  bool preview = false;
};

CLI::App* move_command(Cli& cli, CLI::App& group, const char* name, const char* help,
                       MoveOptions& o) {
  auto* cmd = cli.command(group, name, help);
  cmd->add_option("REF", o.ref, "Case reference (C-2026-00042) or id")->required();
  return cmd;
}

}  // namespace

void add_case_commands(Cli& cli) {
  auto* group =
      cli.command(cli.root(), "case", "Constituents' cases: log, track, chase, answer and close");
  group->require_subcommand(1);

  auto open = std::make_shared<casework::OpenInput>();
  auto* open_cmd = cli.command(*group, "open", "Open a case; prints its reference");
  open_cmd->add_option("--subject", open->subject, "What it is about")->required();
  auto* contact =
      open_cmd->add_option("--contact", open->contact, "The constituent: contact id or exact name")
          ->required();
  cli.complete(contact, {{}, "contacts"});
  auto* type =
      open_cmd->add_option("--type", open->type, "enquiry (default)|casework|complaint|foi|sar");
  cli.complete(type, {words<casework::CaseType>(), ""});
  auto* category =
      open_cmd->add_option("--category", open->category, "A configured category (default other)");
  cli.complete(category, {{}, "categories"});
  auto* channel = open_cmd->add_option("--channel", open->channel,
                                       "phone|email (default)|letter|face-to-face|surgery|web");
  cli.complete(channel, {words<casework::Channel>(), ""});
  auto* priority =
      open_cmd->add_option("--priority", open->priority, "low|normal (default)|high|urgent");
  cli.complete(priority, {words<casework::Priority>(), ""});
  auto* marking =
      open_cmd->add_option("--marking", open->marking, "OFFICIAL (default)|OFFICIAL-SENSITIVE");
  cli.complete(marking, {words<casework::Marking>(), ""});
  open_cmd->add_option("--received", open->received, "Date received (default today)");
  auto* assign = open_cmd->add_option("--assign", open->assign, "Caseworker's login");
  cli.complete(assign, {{}, "staff"});
  open_cmd->add_option("--body", open->body,
                       "The organisation the case is with (council, department, agency)");
  open_cmd->callback([&cli, open] { cli.emit_value(casework::open_case(cli.open(), *open).ref); });

  auto list = std::make_shared<ListInput>();
  auto* list_cmd =
      cli.command(*group, "list", "List cases (newest first) with their next deadline");
  add_filter_options(cli, list_cmd, *list);
  list_cmd->callback([&cli, list] { emit_cases(cli, *list, false); });

  auto due = std::make_shared<ListInput>();
  auto* due_cmd =
      cli.command(*group, "due", "What is overdue and what falls due soon, most urgent first");
  due_cmd->add_option("--within", due->due_within, "Span ahead to include (default 5wd)");
  auto* due_assignee = due_cmd->add_option("--assignee", due->assignees,
                                           "Only these caseworkers' cases (repeatable)");
  cli.complete(due_assignee, {{}, "staff"});
  due_cmd->add_option("--limit", due->limit, "At most N cases")->check(CLI::NonNegativeNumber);
  due_cmd->callback([&cli, due] {
    ListInput in = *due;
    if (in.due_within.empty()) in.due_within = "5wd";
    in.sort = "due";
    emit_cases(cli, in, false);
  });

  auto search = std::make_shared<ListInput>();
  auto* search_cmd = cli.command(
      *group, "search", "Full-text search of subjects, contacts, notes and correspondence");
  search_cmd->add_option("QUERY", search->query, "Words that must all appear (word* for a prefix)")
      ->required();
  add_filter_options(cli, search_cmd, *search);
  search_cmd->callback([&cli, search, search_cmd] {
    ListInput in = *search;
    if (search_cmd->count("--sort") == 0) in.sort = "relevance";
    emit_cases(cli, in, true);
  });

  auto show = std::make_shared<MoveOptions>();
  auto* show_cmd =
      cli.command(*group, "show", "A case with its whole timeline, deadlines and signposting");
  show_cmd->add_option("REF", show->ref, "Case reference (C-2026-00042) or id")->required();
  show_cmd->callback([&cli, show] { cli.emit(casework::case_document(cli.open(), show->ref)); });

  auto note = std::make_shared<MoveOptions>();
  auto* note_cmd = cli.command(*group, "note", "Add a note to a case's timeline");
  note_cmd->add_option("REF", note->ref, "Case reference or id")->required();
  note_cmd->add_option("TEXT", note->note, "The note (- reads stdin)")->required();
  note_cmd->callback([&cli, note] {
    casework::add_note(cli.open(), note->ref, text_or_stdin(note->note));
    cli.note("noted on " + note->ref);
  });

  auto log = std::make_shared<casework::LogInput>();
  auto log_ref = std::make_shared<std::string>();
  auto* log_cmd = cli.command(*group, "log", "Record correspondence in or out");
  log_cmd->add_option("REF", *log_ref, "Case reference or id")->required();
  auto* direction = log_cmd->add_option("--direction", log->direction, "in|out")->required();
  cli.complete(direction, {words<casework::Direction>(), ""});
  auto* log_channel =
      log_cmd->add_option("--channel", log->channel, "phone|email|letter|face-to-face|surgery|web")
          ->required();
  cli.complete(log_channel, {words<casework::Channel>(), ""});
  log_cmd->add_option("--party", log->party,
                      "Who it was with: an organisation or person (default the case's contact; "
                      "only outgoing items to the contact acknowledge the case)");
  log_cmd->add_option("--summary", log->summary, "What was said (- reads stdin)")->required();
  log_cmd->add_option("--date", log->date, "When (default today)");
  log_cmd->callback([&cli, log, log_ref] {
    casework::LogInput in = *log;
    in.summary = text_or_stdin(in.summary);
    casework::log_correspondence(cli.open(), *log_ref, in);
    cli.note("logged on " + *log_ref);
  });

  auto assign_o = std::make_shared<MoveOptions>();
  auto* assign_cmd =
      move_command(cli, *group, "assign", "Assign a case to a caseworker", *assign_o);
  auto* assign_to = assign_cmd->add_option("STAFF", assign_o->assign, "Their login")->required();
  cli.complete(assign_to, {{}, "staff"});
  assign_cmd->callback([&cli, assign_o] {
    auto c = casework::assign_case(cli.open(), assign_o->ref, assign_o->assign);
    cli.note(c.ref + " assigned to " + assign_o->assign);
  });

  auto esc = std::make_shared<MoveOptions>();
  auto* esc_cmd = move_command(cli, *group, "escalate",
                               "Escalate (complaints: to stage 2, a different handler)", *esc);
  auto* esc_assign = esc_cmd->add_option("--assign", esc->assign, "Who handles it now");
  cli.complete(esc_assign, {{}, "staff"});
  esc_cmd->add_option("--reason", esc->reason, "Why");
  esc_cmd->callback([&cli, esc] {
    auto c = casework::escalate_case(cli.open(), esc->ref, esc->assign, esc->reason);
    cli.note(c.ref + " escalated");
  });

  auto wait = std::make_shared<MoveOptions>();
  auto* wait_cmd =
      move_command(cli, *group, "wait", "Await a reply from a body, with a follow-up date", *wait);
  wait_cmd->add_option("--on", wait->on, "The body a reply is awaited from")->required();
  wait_cmd->add_option("--until", wait->until, "Follow-up date (e.g. +10wd)")->required();
  wait_cmd->callback([&cli, wait] {
    auto c = casework::wait_on(cli.open(), wait->ref, wait->on, wait->until);
    cli.note(c.ref + " awaiting " + c.awaiting_on + " until " + c.follow_up_on->iso());
  });

  auto pause = std::make_shared<MoveOptions>();
  auto* pause_cmd = move_command(cli, *group, "pause",
                                 "Stop an FOI or SAR clock (clarification, identity, fee)", *pause);
  pause_cmd->add_option("--reason", pause->reason, "What the office is waiting for")->required();
  pause_cmd->callback([&cli, pause] {
    auto c = casework::pause_clock(cli.open(), pause->ref, pause->reason);
    cli.note(c.ref + ": clock stopped");
  });

  auto resume = std::make_shared<MoveOptions>();
  auto* resume_cmd =
      move_command(cli, *group, "resume", "Restart a stopped FOI or SAR clock", *resume);
  resume_cmd->callback([&cli, resume] {
    auto c = casework::resume_clock(cli.open(), resume->ref);
    cli.note(c.ref + ": clock restarted");
  });

  auto close = std::make_shared<MoveOptions>();
  auto* close_cmd = move_command(cli, *group, "close", "Close a case with its outcome", *close);
  auto* outcome =
      close_cmd
          ->add_option(
              "--outcome", close->outcome,
              "resolved|upheld|partly-upheld|not-upheld|withdrawn|referred|no-further-action")
          ->required();
  cli.complete(outcome, {words<casework::Outcome>(), ""});
  close_cmd->add_option("--note", close->note, "A closing note");
  close_cmd->callback([&cli, close] {
    auto c = casework::close_case(cli.open(), close->ref, close->outcome, close->note);
    cli.note(c.ref + " closed");
  });

  auto reopen = std::make_shared<MoveOptions>();
  auto* reopen_cmd = move_command(cli, *group, "reopen", "Reopen a closed case", *reopen);
  reopen_cmd->add_option("--reason", reopen->reason, "Why")->required();
  reopen_cmd->callback([&cli, reopen] {
    auto c = casework::reopen_case(cli.open(), reopen->ref, reopen->reason);
    cli.note(c.ref + " reopened");
  });

  auto extend = std::make_shared<MoveOptions>();
  auto* extend_cmd =
      move_command(cli, *group, "extend", "Extend a SAR by 1 or 2 further months", *extend);
  extend_cmd->add_option("--months", extend->months, "1 or 2")->required();
  extend_cmd->add_option("--reason", extend->reason, "Why (complexity, number of requests)")
      ->required();
  extend_cmd->callback([&cli, extend] {
    auto c = casework::extend_case(cli.open(), extend->ref, extend->months, extend->reason);
    cli.note(c.ref + " extended");
  });

  auto letter = std::make_shared<MoveOptions>();
  auto* letter_cmd = cli.command(
      *group, "letter",
      "Render a letter from a template; it is recorded as sent (--preview to only look)");
  letter_cmd->add_option("REF", letter->ref, "Case reference or id")->required();
  auto* tmpl = letter_cmd
                   ->add_option("--template", letter->note,
                                "acknowledgement|holding|closing or your own (a closed case "
                                "takes only closing)")
                   ->required();
  cli.complete(tmpl, {{}, "letters"});
  letter_cmd->add_flag("--preview", letter->preview,
                       "Print the letter only: not recorded as sent, the case is not "
                       "acknowledged (the access is still logged)");
  letter_cmd->callback([&cli, letter] {
    auto& ctx = cli.open();
    // Logged only once written: a letter that failed to render was never sent.
    cli.emit(casework::prepare_letter(ctx, letter->ref, letter->note));
    if (!letter->preview) casework::record_letter(ctx, letter->ref, letter->note);
  });

  auto exp = std::make_shared<ListInput>();
  auto* export_cmd =
      cli.command(*group, "export", "Export cases (csv or json) in the columns import reads");
  add_filter_options(cli, export_cmd, *exp);
  export_cmd->callback([&cli, exp] {
    auto& ctx = cli.open();
    ListInput in = *exp;
    if (find_word<casework::CaseSort>(in.sort) == casework::CaseSort::received) in.sort = "ref";
    auto filter = casework::make_filter(ctx, in);
    access::AccessTally access(ctx, "case export");
    cli.emit_rows(casework::transfer_columns(), [&](const auto& sink) {
      casework::for_each_case(ctx, filter, [&](const casework::CaseRow& r) {
        access.saw(r.c.contact_id);
        sink(casework::transfer_cells(r));
      });
    });
    access.record("cases");
  });

  struct ImportOptions {
    std::string file;
    bool dry_run = false;
  };
  auto imp = std::make_shared<ImportOptions>();
  auto* import_cmd =
      cli.command(*group, "import", "Import cases from CSV or JSON (the export's columns)");
  import_cmd->add_option("FILE", imp->file, "CSV or JSON file, or - for stdin")->required();
  import_cmd->add_flag("--dry-run", imp->dry_run, "Check every row; write nothing");
  import_cmd->callback([&cli, imp] {
    auto& ctx = cli.open();
    RereadableInput input(imp->file);
    auto open_input = [&input] {
      return std::unique_ptr<std::istream>(new std::ifstream(input.path(), std::ios::binary));
    };
    auto s = casework::import_cases(ctx, open_input, input.source(), imp->dry_run);
    if (s.dry_run)
      cli.note(std::to_string(s.cases) + " cases checked; nothing written (--dry-run)");
    else
      cli.note("imported " + std::to_string(s.cases) + " cases (" + s.first_ref + " to " +
               s.last_ref + "), " + std::to_string(s.contacts_created) + " new contacts");
  });

  auto signpost = std::make_shared<std::string>();
  auto* signpost_cmd =
      cli.command(*group, "signpost", "Services configured for a category (housing, welfare, ...)");
  auto* sp_cat = signpost_cmd->add_option("CATEGORY", *signpost, "A case category")->required();
  cli.complete(sp_cat, {{}, "categories"});
  signpost_cmd->callback(
      [&cli, signpost] { cli.emit(casework::signpost_table(cli.open(), *signpost)); });
}

}  // namespace clerk::app
