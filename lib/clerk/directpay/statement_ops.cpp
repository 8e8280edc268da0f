#include "clerk/directpay/statement_ops.hpp"

#include <sstream>

#include <fmt/format.h>

#include "clerk/core/error.hpp"
#include "clerk/core/record_reader.hpp"
#include "clerk/core/row_errors.hpp"
#include "clerk/core/sha256.hpp"
#include "clerk/core/text.hpp"
#include "clerk/directpay/schedule_store.hpp"
#include "clerk/directpay/surplus_letter.hpp"
#include "clerk/expense/expense_ops.hpp"
#include "clerk/people/contact_ops.hpp"
#include "clerk/people/staff_store.hpp"

namespace clerk::directpay {
namespace {

Money total_owed(const StatementInput& in) {
  Money total;
  for (const auto& text : in.owed) total += Money::parse(text, "owed");
  if (in.owed_source.empty()) return total;
  std::istringstream stream(in.owed_text);
  auto reader = RecordReader::open(stream, in.owed_source, {"description", "amount"}, {"amount"});
  RowErrors errors(in.owed_source);
  while (reader->next())
    errors.check(reader->line(), [&] { total += Money::parse(reader->get(1), "amount"); });
  errors.throw_if_any();
  return total;
}

// Error{bad_data} when there is no surplus to recover.
std::string statement_letter(Context& ctx, const StatementReport& r) {
  const auto& f = r.findings;
  if (f.surplus <= Money())
    throw Error(ErrorKind::bad_data, "there is no surplus to recover, so no letter")
        .field("letter");
  const Schedule& current = r.schedules.back();
  const auto& office = ctx.config().office;
  std::string signer = ctx.user();
  if (auto me = people::find_staff(ctx.db(), ctx.user())) signer = me->name;
  std::map<std::string, std::string> values = {
      {"office.name", office.name},
      {"office.address", office.address},
      {"office.email", office.email},
      {"office.phone", office.phone},
      {"today", ctx.today().uk_long()},
      {"contact.name", r.recipient.name},
      {"contact.address", text::join(people::address_lines(r.recipient.address), "\n")},
      {"contact.salutation", people::salutation_of(r.recipient)},
      {"contact.email", r.recipient.email},
      {"statement.from", f.period.from.uk_long()},
      {"statement.to", f.period.last_day().uk_long()},
      {"statement.closing", f.closing.display()},
      {"statement.owed", f.owed.display()},
      {"statement.contingency", f.contingency.display()},
      {"statement.weeks", std::to_string(r.contingency_weeks)},
      {"statement.surplus", f.surplus.display()},
      {"statement.unexplained", f.unexplained_total().display()},
      {"schedule.amount", current.amount.display()},
      {"schedule.every", every_text(current.every)},
      {"signer.name", signer}};
  return fill_surplus_letter(config::letter_directory(ctx.config(), ctx.options().config_path),
                             values);
}

}  // namespace

Schedule set_schedule(Context& ctx, const ScheduleInput& in) {
  expense::require_finance(ctx, "setting a payment schedule");
  people::Contact who = people::resolve_contact(ctx, in.recipient, "recipient");
  Schedule s;
  s.contact_id = who.id;
  s.recipient = who.name;
  s.amount = Money::parse(in.amount, "amount");
  if (s.amount <= Money())
    throw Error(ErrorKind::bad_data, "must be more than zero").field("amount");
  s.every = parse_word<Every>(in.every);
  s.starts_on = ctx.parse_date(in.from, "from");
  return trail::write(ctx.write_context(), [&](trail::Writer& w) {
    for (const auto& old : list_schedules(w.db(), who.id)) {
      if (old.starts_on > s.starts_on)
        throw Error(ErrorKind::bad_data, "a later schedule starts on " + old.starts_on.iso() +
                                             "; set this one from that day or after")
            .field("from");
      auto before = w.before("payment_schedule", old.id);
      if (old.starts_on == s.starts_on) {
        // The same start: a correction of that schedule, not a new one.
        s.id = old.id;
        s.ends_on = old.ends_on;
        update_schedule(w.db(), s);
        w.updated(before, "set");
        return s;
      }
      if (!old.ends_on || *old.ends_on > s.starts_on) {
        end_schedule(w.db(), old.id, s.starts_on);
        w.updated(before, "end");
      }
    }
    s.id = insert_schedule(w.db(), s);
    w.inserted("payment_schedule", s.id);
    return s;
  });
}

std::vector<Schedule> schedules(Context& ctx, const std::string& recipient) {
  std::optional<int64_t> id;
  if (!recipient.empty()) id = people::resolve_contact(ctx, recipient, "recipient").id;
  return list_schedules(ctx.db(), id);
}

StatementReport audit_statement(Context& ctx, const StatementInput& in) {
  expense::require_finance(ctx, "auditing a Direct Payments statement");
  StatementReport r;
  r.recipient = people::resolve_contact(ctx, in.recipient, "recipient");
  r.schedules = list_schedules(ctx.db(), r.recipient.id);
  if (r.schedules.empty())
    throw Error(ErrorKind::missing, "no payment schedule for " + r.recipient.name +
                                        " (clerk audit schedule set sets one)")
        .field("recipient");
  Money owed = total_owed(in);
  const auto& settings = ctx.config().statement;
  std::istringstream stream(in.text);
  auto lines = read_statement(stream, in.source, settings);
  if (lines.empty())
    throw Error(ErrorKind::bad_data, "the statement has no lines").source(in.source);
  Date from = in.from.empty() ? lines.front().date : ctx.parse_date(in.from, "from");
  Date to = in.to.empty() ? lines.back().date : ctx.parse_date(in.to, "to");
  r.contingency_weeks = settings.contingency_weeks;
  r.findings = judge_statement(lines, date_range(from, to), r.schedules, owed,
                               settings.contingency_weeks, settings.payment_window_days);
  const auto& f = r.findings;
  if (in.letter) r.letter = statement_letter(ctx, r);
  StatementRun run{r.recipient.id,
                   ctx.today(),
                   in.source,
                   sha256_hex(in.text),
                   from,
                   to,
                   f.lines,
                   f.closing,
                   f.owed,
                   f.contingency,
                   f.surplus,
                   f.unexplained_total(),
                   f.missing_total()};
  r.run_id = trail::write(ctx.write_context(), [&](trail::Writer& w) {
    int64_t id = insert_statement_run(w.db(), run);
    w.inserted("statement_audit", id, "run");
    return id;
  });
  return r;
}

}  // namespace clerk::directpay
