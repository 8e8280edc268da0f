// clerk case: one add_case_<leaf> per command, and kCaseLeaves, their table in help order.
#include <fstream>

#include "clerk/access/access.hpp"
#include "clerk/casework/case.hpp"
#include "clerk/casework/case_import.hpp"
#include "clerk/casework/case_letters.hpp"
#include "clerk/casework/case_ops.hpp"
#include "clerk/casework/case_query.hpp"
#include "clerk/casework/case_tables.hpp"
#include "clerk/casework/case_transfer_tables.hpp"
#include "clerk/casework/case_visibility.hpp"
#include "clerk/people/staff.hpp"
#include "commands.hpp"
#include "input.hpp"

namespace clerk::app {
namespace {

using casework::ListInput;

// The filters shared by list, search and export.
void add_filter_options(Cli& cli, CLI::App& cmd, ListInput& in) {
  auto* status = cmd.add_option("--status", in.statuses,
                                "open|awaiting|escalated|closed|reopened (repeatable)");
  cli.complete(status, {words<casework::Status>(), ""});
  auto* type =
      cmd.add_option("--type", in.types, "enquiry|casework|complaint|foi|sar (repeatable)");
  cli.complete(type, {words<casework::CaseType>(), ""});
  auto* category =
      cmd.add_option("--category", in.categories, "A configured category (repeatable)");
  cli.complete(category, {{}, "categories"});
  auto* assignee = cmd.add_option("--assignee", in.assignees, "Staff login (repeatable)");
  cli.complete(assignee, {{}, "staff"});
  auto* contact = cmd.add_option("--contact", in.contact, "Contact id or exact name");
  cli.complete(contact, {{}, "contacts"});
  auto* marking = cmd.add_option("--marking", in.marking, "OFFICIAL|OFFICIAL-SENSITIVE");
  cli.complete(marking, {words<casework::Marking>(), ""});
  auto* priority =
      cmd.add_option("--priority", in.priorities, "low|normal|high|urgent (repeatable)");
  cli.complete(priority, {words<casework::Priority>(), ""});
  cmd.add_option("--opened-from", in.opened_from, "Received on or after DATE");
  cmd.add_option("--opened-to", in.opened_to, "Received on or before DATE");
  cmd.add_option("--closed-from", in.closed_from, "Closed on or after DATE");
  cmd.add_option("--closed-to", in.closed_to, "Closed on or before DATE");
  cmd.add_flag("--overdue", in.overdue, "Only cases past their next deadline");
  cmd.add_option("--due-within", in.due_within, "Only cases due within a span: 5wd, 10d, 2w");
  auto* sort =
      cmd.add_option("--sort", in.sort, "received (newest first)|due|priority|ref|relevance");
  cli.complete(sort, {words<casework::CaseSort>(), ""});
  cmd.add_option("--limit", in.limit, "At most N cases")->check(CLI::NonNegativeNumber);
}

// The REF every command on one case takes first.
void add_ref(CLI::App& cmd, std::string& ref, const char* help = "Case reference or id") {
  cmd.add_option("REF", ref, help)->required();
}

constexpr const char* kRefWithExample = "Case reference (C-2026-00042) or id";

// Cases the filter matched that the acting member of staff may not see, said on stderr.
void note_hidden(Cli& cli, Context& ctx, const casework::CaseFilter& filter) {
  if (int64_t n = casework::hidden_count(ctx, filter))
    cli.note(std::to_string(n) + (n == 1 ? " case" : " cases") +
             " hidden: your role may not see them (see `clerk case --help`)");
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
  note_hidden(cli, ctx, filter);
}

Run add_case_open(CLI::App& cmd, Cli& cli) {
  cmd.description("Open a case; prints its reference");
  auto o = std::make_shared<casework::OpenInput>();
  cmd.add_option("--subject", o->subject, "What it is about")->required();
  auto* contact =
      cmd.add_option("--contact", o->contact, "The constituent: contact id or exact name")
          ->required();
  cli.complete(contact, {{}, "contacts"});
  auto* type = cmd.add_option("--type", o->type, "enquiry (default)|casework|complaint|foi|sar");
  cli.complete(type, {words<casework::CaseType>(), ""});
  auto* category =
      cmd.add_option("--category", o->category, "A configured category (default other)");
  cli.complete(category, {{}, "categories"});
  auto* channel = cmd.add_option("--channel", o->channel,
                                 "phone|email (default)|letter|face-to-face|surgery|web");
  cli.complete(channel, {words<casework::Channel>(), ""});
  auto* priority = cmd.add_option("--priority", o->priority, "low|normal (default)|high|urgent");
  cli.complete(priority, {words<casework::Priority>(), ""});
  auto* marking = cmd.add_option("--marking", o->marking, "OFFICIAL (default)|OFFICIAL-SENSITIVE");
  cli.complete(marking, {words<casework::Marking>(), ""});
  cmd.add_option("--received", o->received, "Date received (default today)");
  auto* assign = cmd.add_option("--assign", o->assign, "Caseworker's login");
  cli.complete(assign, {{}, "staff"});
  cmd.add_option("--body", o->body,
                 "The organisation the case is with (council, department, agency)");
  return [&cli, o] { cli.emit_value(casework::open_case(cli.open(), *o).ref); };
}

Run add_case_list(CLI::App& cmd, Cli& cli) {
  cmd.description("List cases (newest first) with their next deadline");
  auto o = std::make_shared<ListInput>();
  add_filter_options(cli, cmd, *o);
  return [&cli, o] { emit_cases(cli, *o, false); };
}

Run add_case_due(CLI::App& cmd, Cli& cli) {
  cmd.description("What is overdue and what falls due soon, most urgent first");
  auto o = std::make_shared<ListInput>();
  cmd.add_option("--within", o->due_within, "Span ahead to include (default 5wd)");
  auto* assignee =
      cmd.add_option("--assignee", o->assignees, "Only these caseworkers' cases (repeatable)");
  cli.complete(assignee, {{}, "staff"});
  cmd.add_option("--limit", o->limit, "At most N cases")->check(CLI::NonNegativeNumber);
  return [&cli, o] {
    ListInput in = *o;
    if (in.due_within.empty()) in.due_within = "5wd";
    in.sort = "due";
    emit_cases(cli, in, false);
  };
}

Run add_case_search(CLI::App& cmd, Cli& cli) {
  cmd.description("Full-text search of subjects, contacts, notes and correspondence");
  auto o = std::make_shared<ListInput>();
  cmd.add_option("QUERY", o->query, "Words that must all appear (word* for a prefix)")->required();
  add_filter_options(cli, cmd, *o);
  return [&cli, o, &cmd] {
    ListInput in = *o;
    if (cmd.count("--sort") == 0) in.sort = "relevance";
    emit_cases(cli, in, true);
  };
}

struct CaseShowOptions {
  std::string ref;
};

Run add_case_show(CLI::App& cmd, Cli& cli) {
  cmd.description("A case with its whole timeline, deadlines and signposting");
  auto o = std::make_shared<CaseShowOptions>();
  add_ref(cmd, o->ref, kRefWithExample);
  return [&cli, o] { cli.emit(casework::case_document(cli.open(), o->ref)); };
}

struct CaseNoteOptions {
  std::string ref, text;
};

Run add_case_note(CLI::App& cmd, Cli& cli) {
  cmd.description("Add a note to a case's timeline");
  auto o = std::make_shared<CaseNoteOptions>();
  add_ref(cmd, o->ref);
  cmd.add_option("TEXT", o->text, "The note (- reads stdin)")->required();
  return [&cli, o] {
    casework::add_note(cli.open(), o->ref, text_or_stdin(o->text));
    cli.note("noted on " + o->ref);
  };
}

struct CaseLogOptions {
  std::string ref;
  casework::LogInput log;
};

Run add_case_log(CLI::App& cmd, Cli& cli) {
  cmd.description("Record correspondence in or out");
  auto o = std::make_shared<CaseLogOptions>();
  add_ref(cmd, o->ref);
  auto* direction = cmd.add_option("--direction", o->log.direction, "in|out")->required();
  cli.complete(direction, {words<casework::Direction>(), ""});
  auto* channel =
      cmd.add_option("--channel", o->log.channel, "phone|email|letter|face-to-face|surgery|web")
          ->required();
  cli.complete(channel, {words<casework::Channel>(), ""});
  cmd.add_option("--party", o->log.party,
                 "Who it was with: an organisation or person (default the case's contact; "
                 "only outgoing items to the contact acknowledge the case)");
  cmd.add_option("--summary", o->log.summary, "What was said (- reads stdin)")->required();
  cmd.add_option("--date", o->log.date, "When (default today)");
  return [&cli, o] {
    casework::LogInput in = o->log;
    in.summary = text_or_stdin(in.summary);
    casework::log_correspondence(cli.open(), o->ref, in);
    cli.note("logged on " + o->ref);
  };
}

struct CaseAssignOptions {
  std::string ref, staff;
};

Run add_case_assign(CLI::App& cmd, Cli& cli) {
  cmd.description("Assign a case to a caseworker");
  auto o = std::make_shared<CaseAssignOptions>();
  add_ref(cmd, o->ref, kRefWithExample);
  auto* staff = cmd.add_option("STAFF", o->staff, "Their login")->required();
  cli.complete(staff, {{}, "staff"});
  return [&cli, o] {
    auto c = casework::assign_case(cli.open(), o->ref, o->staff);
    cli.note(c.ref + " assigned to " + o->staff);
  };
}

Run add_case_share(CLI::App& cmd, Cli& cli) {
  cmd.description(
      "Let a member of staff see an OFFICIAL-SENSITIVE case that is not theirs (audited)");
  auto o = std::make_shared<CaseAssignOptions>();
  add_ref(cmd, o->ref, kRefWithExample);
  auto* staff = cmd.add_option("STAFF", o->staff, "Their login")->required();
  cli.complete(staff, {{}, "staff"});
  return [&cli, o] {
    auto c = casework::share_case(cli.open(), o->ref, o->staff);
    cli.note(c.ref + " shared with " + o->staff);
  };
}

struct CaseEscalateOptions {
  std::string ref, assign, reason;
};

Run add_case_escalate(CLI::App& cmd, Cli& cli) {
  cmd.description("Escalate (complaints: to stage 2, a different handler)");
  auto o = std::make_shared<CaseEscalateOptions>();
  add_ref(cmd, o->ref, kRefWithExample);
  auto* assign = cmd.add_option("--assign", o->assign, "Who handles it now");
  cli.complete(assign, {{}, "staff"});
  cmd.add_option("--reason", o->reason, "Why");
  return [&cli, o] {
    auto c = casework::escalate_case(cli.open(), o->ref, o->assign, o->reason);
    cli.note(c.ref + " escalated");
  };
}

struct CaseWaitOptions {
  std::string ref, on, until;
};

Run add_case_wait(CLI::App& cmd, Cli& cli) {
  cmd.description("Await a reply from a body, with a follow-up date");
  auto o = std::make_shared<CaseWaitOptions>();
  add_ref(cmd, o->ref, kRefWithExample);
  cmd.add_option("--on", o->on, "The body a reply is awaited from")->required();
  cmd.add_option("--until", o->until, "Follow-up date (e.g. +10wd)")->required();
  return [&cli, o] {
    auto c = casework::wait_on(cli.open(), o->ref, o->on, o->until);
    cli.note(c.ref + " awaiting " + c.awaiting_on + " until " + c.follow_up_on->iso());
  };
}

struct CasePauseOptions {
  std::string ref, reason;
};

Run add_case_pause(CLI::App& cmd, Cli& cli) {
  cmd.description("Stop an FOI or SAR clock (clarification, identity, fee)");
  auto o = std::make_shared<CasePauseOptions>();
  add_ref(cmd, o->ref, kRefWithExample);
  cmd.add_option("--reason", o->reason, "What the office is waiting for")->required();
  return [&cli, o] {
    auto c = casework::pause_clock(cli.open(), o->ref, o->reason);
    cli.note(c.ref + ": clock stopped");
  };
}

struct CaseResumeOptions {
  std::string ref;
};

Run add_case_resume(CLI::App& cmd, Cli& cli) {
  cmd.description("Restart a stopped FOI or SAR clock");
  auto o = std::make_shared<CaseResumeOptions>();
  add_ref(cmd, o->ref, kRefWithExample);
  return [&cli, o] {
    auto c = casework::resume_clock(cli.open(), o->ref);
    cli.note(c.ref + ": clock restarted");
  };
}

struct CaseCloseOptions {
  std::string ref, outcome, note;
};

Run add_case_close(CLI::App& cmd, Cli& cli) {
  cmd.description("Close a case with its outcome");
  auto o = std::make_shared<CaseCloseOptions>();
  add_ref(cmd, o->ref, kRefWithExample);
  auto* outcome =
      cmd.add_option(
             "--outcome", o->outcome,
             "resolved|upheld|partly-upheld|not-upheld|withdrawn|referred|no-further-action")
          ->required();
  cli.complete(outcome, {words<casework::Outcome>(), ""});
  cmd.add_option("--note", o->note, "A closing note");
  return [&cli, o] {
    auto c = casework::close_case(cli.open(), o->ref, o->outcome, o->note);
    cli.note(c.ref + " closed");
  };
}

struct CaseReopenOptions {
  std::string ref, reason;
};

Run add_case_reopen(CLI::App& cmd, Cli& cli) {
  cmd.description("Reopen a closed case");
  auto o = std::make_shared<CaseReopenOptions>();
  add_ref(cmd, o->ref, kRefWithExample);
  cmd.add_option("--reason", o->reason, "Why")->required();
  return [&cli, o] {
    auto c = casework::reopen_case(cli.open(), o->ref, o->reason);
    cli.note(c.ref + " reopened");
  };
}

struct CaseExtendOptions {
  std::string ref, reason;
  int months = 0;
};

Run add_case_extend(CLI::App& cmd, Cli& cli) {
  cmd.description("Extend a SAR by 1 or 2 further months");
  auto o = std::make_shared<CaseExtendOptions>();
  add_ref(cmd, o->ref, kRefWithExample);
  cmd.add_option("--months", o->months, "1 or 2")->required();
  cmd.add_option("--reason", o->reason, "Why (complexity, number of requests)")->required();
  return [&cli, o] {
    auto c = casework::extend_case(cli.open(), o->ref, o->months, o->reason);
    cli.note(c.ref + " extended");
  };
}

struct CaseLetterOptions {
  std::string ref, template_name;
  bool preview = false;
};

Run add_case_letter(CLI::App& cmd, Cli& cli) {
  cmd.description(
      "Render a letter from a template; it is recorded as sent (--preview to only look)");
  auto o = std::make_shared<CaseLetterOptions>();
  add_ref(cmd, o->ref);
  auto* tmpl = cmd.add_option("--template", o->template_name,
                              "acknowledgement|holding|closing or your own (a closed case "
                              "takes only closing)")
                   ->required();
  cli.complete(tmpl, {{}, "letters"});
  cmd.add_flag("--preview", o->preview,
               "Print the letter only: not recorded as sent, the case is not "
               "acknowledged (the access is still logged)");
  return [&cli, o] {
    auto& ctx = cli.open();
    // Logged only once written: a letter that failed to render was never sent.
    cli.emit(casework::prepare_letter(ctx, o->ref, o->template_name));
    if (!o->preview) casework::record_letter(ctx, o->ref, o->template_name);
  };
}

Run add_case_export(CLI::App& cmd, Cli& cli) {
  cmd.description("Export cases (csv or json) in the columns import reads");
  auto o = std::make_shared<ListInput>();
  add_filter_options(cli, cmd, *o);
  return [&cli, o] {
    auto& ctx = cli.open();
    ListInput in = *o;
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
    note_hidden(cli, ctx, filter);
  };
}

struct CaseImportOptions {
  std::string file;
  bool dry_run = false;
};

Run add_case_import(CLI::App& cmd, Cli& cli) {
  cmd.description("Import cases from CSV or JSON (the export's columns)");
  auto o = std::make_shared<CaseImportOptions>();
  cmd.add_option("FILE", o->file, "CSV or JSON file, or - for stdin")->required();
  cmd.add_flag("--dry-run", o->dry_run, "Check every row; write nothing");
  return [&cli, o] {
    auto& ctx = cli.open();
    RereadableInput input(o->file);
    auto open_input = [&input] {
      return std::unique_ptr<std::istream>(new std::ifstream(input.path(), std::ios::binary));
    };
    auto s = casework::import_cases(ctx, open_input, input.source(), o->dry_run);
    if (s.dry_run)
      cli.note(std::to_string(s.cases) + " cases checked; nothing written (--dry-run)");
    else
      cli.note("imported " + std::to_string(s.cases) + (s.cases == 1 ? " case (" : " cases (") +
               s.first_ref + (s.cases == 1 ? "" : " to " + s.last_ref) + "), " +
               std::to_string(s.contacts_created) +
               (s.contacts_created == 1 ? " new contact" : " new contacts"));
  };
}

struct CaseSignpostOptions {
  std::string category;
};

Run add_case_signpost(CLI::App& cmd, Cli& cli) {
  cmd.description("Services configured for a category (housing, welfare, ...)");
  auto o = std::make_shared<CaseSignpostOptions>();
  auto* category = cmd.add_option("CATEGORY", o->category, "A case category")->required();
  cli.complete(category, {{}, "categories"});
  return [&cli, o] { cli.emit(casework::signpost_table(cli.open(), o->category)); };
}

constexpr Leaf kCaseLeaves[] = {
    {"open", add_case_open, Needs::database, people::Permission::casework},
    {"list", add_case_list, Needs::database, people::Permission::assigned_cases},
    {"due", add_case_due, Needs::database, people::Permission::assigned_cases},
    {"search", add_case_search, Needs::database, people::Permission::assigned_cases},
    {"show", add_case_show, Needs::database, people::Permission::assigned_cases},
    {"note", add_case_note, Needs::database, people::Permission::assigned_cases},
    {"log", add_case_log, Needs::database, people::Permission::assigned_cases},
    {"assign", add_case_assign, Needs::database, people::Permission::casework},
    {"share", add_case_share, Needs::database, people::Permission::casework},
    {"escalate", add_case_escalate, Needs::database, people::Permission::casework},
    {"wait", add_case_wait, Needs::database, people::Permission::casework},
    {"pause", add_case_pause, Needs::database, people::Permission::casework},
    {"resume", add_case_resume, Needs::database, people::Permission::casework},
    {"close", add_case_close, Needs::database, people::Permission::casework},
    {"reopen", add_case_reopen, Needs::database, people::Permission::casework},
    {"extend", add_case_extend, Needs::database, people::Permission::casework},
    {"letter", add_case_letter, Needs::database, people::Permission::casework},
    {"export", add_case_export, Needs::database, people::Permission::assigned_cases},
    {"import", add_case_import, Needs::database, people::Permission::casework},
    {"signpost", add_case_signpost, Needs::database, people::Permission::casework},
};

}  // namespace

void add_case_commands(Cli& cli) {
  auto* group =
      cli.command(cli.root(), "case", "Constituents' cases: log, track, chase, answer and close");
  group->require_subcommand(1);
  group->footer(
      "Who sees which cases: a volunteer those assigned to them; a caseworker every OFFICIAL "
      "case and an OFFICIAL-SENSITIVE one assigned to them, that they handled at stage 1 or "
      "that is shared with them (`case share`); "
      "managers and admins every case. Lists, searches and exports leave the rest out and say "
      "how many on stderr; a command on one of them exits 77.");
  add_leaves(cli, *group, kCaseLeaves);
}

}  // namespace clerk::app
