// clerk audit log|verify|checkpoint|access|sar|retention
#include "clerk/access/access_store.hpp"
#include "clerk/audit/log_query.hpp"
#include "clerk/audit/verify_ops.hpp"
#include "clerk/core/error.hpp"
#include "clerk/people/contact_ops.hpp"
#include "clerk/privacy/retention_ops.hpp"
#include "clerk/privacy/sar_ops.hpp"
#include "clerk/trail/checkpoint.hpp"
#include "commands.hpp"
#include "input.hpp"

namespace clerk::app {

void add_audit_commands(Cli& cli) {
  auto* group =
      cli.command(cli.root(), "audit", "The tamper-evident audit trail: read it, verify it");
  group->require_subcommand(1);

  struct LogOptions {
    std::string entity, user, since, action;
    int limit = 0;
    bool payload = false;
  };
  auto log = std::make_shared<LogOptions>();
  auto* log_cmd = cli.command(*group, "log", "List audit entries, oldest first");
  log_cmd->add_option("--entity", log->entity,
                      "Only this kind of record, or one record: contact, contact:42");
  auto* user = log_cmd->add_option("--user", log->user, "Only changes made by this staff login");
  cli.complete(user, {{}, "staff"});
  log_cmd->add_option("--since", log->since, "Only entries on or after this date (UTC)");
  log_cmd->add_option("--action", log->action,
                      "Only this action: add, set, delete, merge, import, ...");
  log_cmd->add_option("--limit", log->limit, "Only the newest N entries")
      ->check(CLI::NonNegativeNumber);
  log_cmd->add_flag("--payload", log->payload, "Include the before/after images (JSON)");
  log_cmd->callback([&cli, log] {
    auto& ctx = cli.open();
    audit::LogFilter f;
    if (!log->entity.empty())
      std::tie(f.entity, f.entity_id) = audit::parse_entity_ref(log->entity);
    f.user = log->user;
    if (!log->since.empty()) f.since = ctx.parse_date(log->since, "since");
    f.action = log->action;
    f.limit = log->limit;
    f.payload = log->payload;
    cli.emit_rows(audit::log_columns(f.payload),
                  [&](const auto& sink) { audit::for_each_log_row(ctx.db(), f, sink); });
  });

  auto* verify_cmd = cli.command(
      *group, "verify",
      "Recompute the hash chain and check every record against it (exit 1 on problems)");
  auto against = std::make_shared<std::string>();
  verify_cmd->add_option(
      "--against", *against,
      "Also prove the trail still holds this checkpoint (from audit checkpoint)");
  verify_cmd->callback([&cli, against] {
    auto& ctx = cli.open();
    std::optional<trail::Checkpoint> checkpoint;
    if (!against->empty()) checkpoint = trail::parse_checkpoint(read_input(*against), *against);
    auto report = trail::verify(ctx.db());
    if (checkpoint) trail::check_against(ctx.db(), *checkpoint, report);
    // Silent on stdout when clean (cron mails any output); the exit status is the answer.
    if (!report.ok()) cli.emit(audit::findings_table(report));
    for (const auto& line : audit::summary_lines(report)) cli.note(line);
    if (!report.ok())
      throw Error(ErrorKind::check_failed, "audit verification found " +
                                               std::to_string(report.finding_count) +
                                               " problem(s); the first is listed first");
  });

  cli.command(*group, "checkpoint",
              "Print the head of the trail (entry, hash, time) to keep elsewhere; -o FILE")
      ->callback([&cli] {
        auto& ctx = cli.open();
        auto cp = trail::take_checkpoint(ctx.db(), ctx.clock().now_utc());
        cli.write_output([&](std::ostream& out) { out << trail::format_checkpoint(cp); });
        cli.note("checkpoint: entry " + std::to_string(cp.seq) + " " + cp.hash);
      });

  struct AccessOptions {
    std::string contact, user, since;
  };
  auto access = std::make_shared<AccessOptions>();
  auto* access_cmd = cli.command(
      *group, "access", "Who was shown or sent whose personal data, when, by which command");
  auto* contact = access_cmd->add_option("--contact", access->contact,
                                         "Only accesses to this contact's data (id or name)");
  cli.complete(contact, {{}, "contacts"});
  auto* access_user =
      access_cmd->add_option("--user", access->user, "Only accesses by this staff login");
  cli.complete(access_user, {{}, "staff"});
  access_cmd->add_option("--since", access->since, "Only accesses on or after this date (UTC)");
  access_cmd->callback([&cli, access] {
    auto& ctx = cli.open();
    access::AccessFilter f;
    if (!access->contact.empty()) f.contact_id = people::resolve_contact(ctx, access->contact).id;
    f.actor = access->user;
    if (!access->since.empty()) f.since = ctx.parse_date(access->since, "since").iso();
    cli.emit_rows(access::access_columns(),
                  [&](const auto& sink) { access::for_each_access(ctx.db(), f, sink); });
  });

  auto sar_contact = std::make_shared<std::string>();
  auto* sar_cmd = cli.command(
      *group, "sar",
      "Subject access export: everything held about a person (JSON and text; -o DIR writes "
      "sar-ID.json and sar-ID.txt)");
  auto* sar_ref = sar_cmd->add_option("CONTACT", *sar_contact, "Id or exact name")->required();
  cli.complete(sar_ref, {{}, "contacts"});
  sar_cmd->callback([&cli, sar_contact] {
    using render::Format;
    const std::optional<Format> format = find_word<Format>(cli.options().format);
    if (!cli.options().format.empty() && format != Format::json && format != Format::text)
      throw Error(ErrorKind::usage, "a subject access export is json or text").field("format");
    auto sar = privacy::subject_access(cli.open(), *sar_contact);
    const std::string& dir = cli.options().output;
    if (dir.empty() || dir == "-") {
      std::string out = format == Format::text ? privacy::sar_text(sar) : privacy::sar_json(sar);
      cli.write_output([&](std::ostream& o) { o << out; });
    } else {
      for (const auto& file :
           privacy::write_sar_files(sar, dir, format != Format::text, format != Format::json))
        cli.note("wrote " + file.string());
    }
    if (!sar.review.empty())
      cli.note(std::to_string(sar.review.size()) +
               " item(s) may be other people's data: see the redaction review before release");
  });

  auto apply = std::make_shared<bool>(false);
  auto* retention_cmd = cli.command(
      *group, "retention",
      "Records due under the retention policy ([retention] in the config); --apply anonymises "
      "them (admins)");
  retention_cmd->add_flag("--apply", *apply,
                          "Anonymise them now, in one transaction, redacting their audit entries");
  retention_cmd->callback([&cli, apply] {
    auto& ctx = cli.open();
    if (!*apply) {
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
  });

  add_audit_check_commands(cli, *group);
}

}  // namespace clerk::app
