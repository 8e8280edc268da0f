// clerk audit log|verify|checkpoint|access|sar|retention: one add_audit_<leaf> per command, and
// kAuditLeaves, their table in help order; the checks over the office's data follow them
// (cmd_audit_checks.cpp).
#include "clerk/access/access_store.hpp"
#include "clerk/access/access_tables.hpp"
#include "clerk/audit/log_query.hpp"
#include "clerk/audit/verify_ops.hpp"
#include "clerk/core/error.hpp"
#include "clerk/people/contact_ops.hpp"
#include "clerk/privacy/retention_ops.hpp"
#include "clerk/privacy/retention_tables.hpp"
#include "clerk/privacy/sar_ops.hpp"
#include "clerk/trail/checkpoint.hpp"
#include "commands.hpp"
#include "input.hpp"

namespace clerk::app {
namespace {

struct AuditLogOptions {
  std::string entity, user, since, action;
  int limit = 0;
  bool payload = false;
};

Run add_audit_log(CLI::App& cmd, Cli& cli) {
  cmd.description("List audit entries, oldest first");
  auto o = std::make_shared<AuditLogOptions>();
  cmd.add_option("--entity", o->entity,
                 "Only this kind of record, or one record: contact, contact:42");
  auto* user = cmd.add_option("--user", o->user, "Only changes made by this staff login");
  cli.complete(user, {{}, "staff"});
  cmd.add_option("--since", o->since, "Only entries on or after this date (UTC)");
  cmd.add_option("--action", o->action, "Only this action: add, set, delete, merge, import, ...");
  cmd.add_option("--limit", o->limit, "Only the newest N entries")->check(CLI::NonNegativeNumber);
  cmd.add_flag("--payload", o->payload, "Include the before/after images (JSON)");
  return [&cli, o] {
    auto& ctx = cli.open();
    audit::LogFilter f;
    if (!o->entity.empty()) std::tie(f.entity, f.entity_id) = audit::parse_entity_ref(o->entity);
    f.user = o->user;
    if (!o->since.empty()) f.since = ctx.parse_date(o->since, "since");
    f.action = o->action;
    f.limit = o->limit;
    f.payload = o->payload;
    cli.emit_rows(audit::log_columns(f.payload),
                  [&](const auto& sink) { audit::for_each_log_row(ctx.db(), f, sink); });
  };
}

struct AuditVerifyOptions {
  std::string against;
};

Run add_audit_verify(CLI::App& cmd, Cli& cli) {
  cmd.description(
      "Recompute the hash chain and check every record against it (exit 1 on problems)");
  auto o = std::make_shared<AuditVerifyOptions>();
  cmd.add_option("--against", o->against,
                 "Also prove the trail still holds this checkpoint (from audit checkpoint)");
  return [&cli, o] {
    auto& ctx = cli.open();
    std::optional<trail::Checkpoint> checkpoint;
    if (!o->against.empty())
      checkpoint = trail::parse_checkpoint(read_input(o->against), o->against);
    auto report = trail::verify(ctx.db());
    if (checkpoint) trail::check_against(ctx.db(), *checkpoint, report);
    // Silent on stdout when clean (cron mails any output); the exit status is the answer.
    if (!report.ok()) cli.emit(audit::findings_table(report));
    for (const auto& line : audit::summary_lines(report)) cli.note(line);
    if (!report.ok())
      throw Error(ErrorKind::check_failed, "audit verification found " +
                                               std::to_string(report.finding_count) +
                                               " problem(s); the first is listed first");
  };
}

Run add_audit_checkpoint(CLI::App& cmd, Cli& cli) {
  cmd.description("Print the head of the trail (entry, hash, time) to keep elsewhere; -o FILE");
  return [&cli] {
    auto& ctx = cli.open();
    auto cp = trail::take_checkpoint(ctx.db(), ctx.clock().now_utc());
    cli.write_output([&](std::ostream& out) { out << trail::format_checkpoint(cp); });
    cli.note("checkpoint: entry " + std::to_string(cp.seq) + " " + cp.hash);
  };
}

struct AuditAccessOptions {
  std::string contact, user, since;
};

Run add_audit_access(CLI::App& cmd, Cli& cli) {
  cmd.description("Who was shown or sent whose personal data, when, by which command");
  auto o = std::make_shared<AuditAccessOptions>();
  auto* contact =
      cmd.add_option("--contact", o->contact,
                     "Only accesses to this contact's data (id or name), and to contacts merged "
                     "into it");
  cli.complete(contact, {{}, "contacts"});
  auto* user = cmd.add_option("--user", o->user, "Only accesses by this staff login");
  cli.complete(user, {{}, "staff"});
  cmd.add_option("--since", o->since, "Only accesses on or after this date (UTC)");
  return [&cli, o] {
    auto& ctx = cli.open();
    access::AccessFilter f;
    if (!o->contact.empty()) f.contact_ids = people::contact_and_merged_ids(ctx, o->contact);
    f.actor = o->user;
    if (!o->since.empty()) f.since = ctx.parse_date(o->since, "since").iso();
    cli.emit_rows(access::access_columns(), [&](const auto& sink) {
      access::for_each_access(ctx.db(), f,
                              [&](const auto& entry) { sink(access::access_cells(entry)); });
    });
  };
}

struct AuditSarOptions {
  std::string contact;
};

Run add_audit_sar(CLI::App& cmd, Cli& cli) {
  cmd.description(
      "Subject access export: everything held about a person (JSON and text; -o DIR writes "
      "sar-ID.json and sar-ID.txt)");
  auto o = std::make_shared<AuditSarOptions>();
  cli.complete(cmd.add_option("CONTACT", o->contact, "Id or exact name")->required(),
               {{}, "contacts"});
  return [&cli, o] {
    using render::Format;
    const std::optional<Format> format = find_word<Format>(cli.options().format);
    if (!cli.options().format.empty() && format != Format::json && format != Format::text)
      throw Error(ErrorKind::usage, "a subject access export is json or text").field("format");
    auto sar = privacy::subject_access(cli.open(), o->contact);
    const std::string& dir = cli.options().output;
    if (dir.empty() || dir == "-") {
      std::string out = format == Format::text ? privacy::sar_text(sar) : privacy::sar_json(sar);
      cli.write_output([&](std::ostream& os) { os << out; });
    } else {
      for (const auto& file :
           privacy::write_sar_files(sar, dir, format != Format::text, format != Format::json))
        cli.note("wrote " + file.string());
    }
    if (!sar.review.empty())
      cli.note(std::to_string(sar.review.size()) +
               " item(s) may be other people's data: see the redaction review before release");
  };
}

struct AuditRetentionOptions {
  bool apply = false;
};

Run add_audit_retention(CLI::App& cmd, Cli& cli) {
  cmd.description(
      "Records due under the retention policy ([retention] in the config); --apply anonymises "
      "them (admins)");
  auto o = std::make_shared<AuditRetentionOptions>();
  cmd.add_flag("--apply", o->apply,
               "Anonymise them now, in one transaction, redacting their audit entries");
  return [&cli, o] {
    auto& ctx = cli.open();
    if (!o->apply) {
      cli.emit(privacy::retention_table(privacy::plan_retention(ctx)));
      return;
    }
    auto result = privacy::apply_retention(ctx);
    cli.emit(privacy::retention_table(result.plan));
    if (result.plan.empty()) {
      cli.note("nothing is due");
      return;
    }
    cli.note("anonymised " + std::to_string(result.rows_changed) + " rows of " +
             std::to_string(result.plan.records.size()) + " records; deleted " +
             std::to_string(result.plan.access_entries) + " access log entries; redacted " +
             std::to_string(result.entries_redacted) + " audit entries");
    if (result.commands_kept > 0)
      cli.note(std::to_string(result.commands_kept) +
               " of those entries predate schema 6 and keep their command line (it is hashed "
               "into the chain)");
  };
}

constexpr Leaf kAuditLeaves[] = {
    {"log", add_audit_log, Needs::database, people::Permission::oversight},
    {"verify", add_audit_verify, Needs::database, people::Permission::oversight},
    {"checkpoint", add_audit_checkpoint, Needs::database, people::Permission::oversight},
    {"access", add_audit_access, Needs::database, people::Permission::oversight},
    {"sar", add_audit_sar, Needs::database, people::Permission::oversight},
    {"retention", add_audit_retention, Needs::database, people::Permission::oversight},
};

}  // namespace

void add_audit_commands(Cli& cli) {
  auto* group =
      cli.command(cli.root(), "audit", "The tamper-evident audit trail: read it, verify it");
  group->require_subcommand(1);
  add_leaves(cli, *group, kAuditLeaves);
  add_audit_check_commands(cli, *group);
}

}  // namespace clerk::app
