// clerk audit log|verify
#include "clerk/audit/log_query.hpp"
#include "clerk/audit/verify_ops.hpp"
#include "clerk/core/error.hpp"
#include "commands.hpp"

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
  verify_cmd->callback([&cli] {
    auto& ctx = cli.open();
    auto report = audit::verify(ctx.db());
    // Silent on stdout when clean (cron mails any output); the exit status is the answer.
    if (!report.ok()) cli.emit(audit::findings_table(report));
    for (const auto& line : audit::summary_lines(report)) cli.note(line);
    if (!report.ok())
      throw Error(ErrorKind::check_failed, "audit verification found " +
                                               std::to_string(report.finding_count) +
                                               " problem(s); the first is listed first");
  });

  add_audit_check_commands(cli, *group);
}

}  // namespace clerk::app
