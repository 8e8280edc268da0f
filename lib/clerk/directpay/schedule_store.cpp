#include "clerk/directpay/schedule_store.hpp"

#include "clerk/db/columns.hpp"
#include "clerk/db/connection.hpp"

namespace clerk::directpay {
namespace {

Schedule from_row(db::Statement& q) {
  Schedule s;
  s.id = q.column(0).int64();
  s.contact_id = q.column(1).int64();
  s.recipient = q.column(2).text();
  s.amount = Money::from_pence(q.column(3).int64());
  s.every = parse_word<Every>(q.column(4).text(), "payment_schedule.every");
  s.starts_on = Date::parse_iso(q.column(5).text(), "payment_schedule.starts_on");
  s.ends_on = db::optional_date(q.column(6));
  return s;
}

}  // namespace

std::vector<Schedule> list_schedules(db::Connection& db, std::optional<int64_t> contact_id) {
  db::Statement q(db, std::string(R"(
    SELECT p.id, p.contact_id, c.name, p.amount_pence, p.every, p.starts_on, p.ends_on
    FROM payment_schedule p JOIN contact c ON c.id = p.contact_id)") +
                          (contact_id ? " WHERE p.contact_id = :contact" : "") +
                          " ORDER BY c.name, p.contact_id, p.starts_on, p.id");
  if (contact_id) q.bind(":contact", *contact_id);
  std::vector<Schedule> out;
  while (q.step()) out.push_back(from_row(q));
  return out;
}

int64_t insert_schedule(db::Connection& db, const Schedule& s) {
  db::Statement q(db, R"(
    INSERT INTO payment_schedule (contact_id, amount_pence, every, starts_on, ends_on)
    VALUES (:contact, :amount, :every, :starts_on, :ends_on))");
  q.bind(":contact", s.contact_id);
  q.bind(":amount", s.amount.pence());
  q.bind(":every", word(s.every));
  q.bind(":starts_on", s.starts_on.iso());
  db::bind_optional(q, ":ends_on", s.ends_on);
  q.exec();
  return db.last_insert_id();
}

void end_schedule(db::Connection& db, int64_t id, Date ends_on) {
  db::Statement q(db, "UPDATE payment_schedule SET ends_on = :ends_on WHERE id = :id");
  q.bind(":ends_on", ends_on.iso());
  q.bind(":id", id);
  q.exec();
}

void update_schedule(db::Connection& db, const Schedule& s) {
  db::Statement q(db,
                  "UPDATE payment_schedule SET amount_pence = :amount, every = :every "
                  "WHERE id = :id");
  q.bind(":amount", s.amount.pence());
  q.bind(":every", word(s.every));
  q.bind(":id", s.id);
  q.exec();
}

int64_t insert_statement_run(db::Connection& db, const StatementRun& r) {
  db::Statement q(db, R"(
    INSERT INTO statement_audit (contact_id, run_on, source, sha256, period_from, period_to, lines,
                                 closing_pence, owed_pence, contingency_pence, surplus_pence,
                                 unexplained_pence, missing_pence)
    VALUES (:contact, :run_on, :source, :sha256, :from, :to, :lines, :closing, :owed,
            :contingency, :surplus, :unexplained, :missing))");
  q.bind(":contact", r.contact_id);
  q.bind(":run_on", r.run_on.iso());
  q.bind(":source", r.source);
  q.bind(":sha256", r.sha256);
  q.bind(":from", r.from.iso());
  q.bind(":to", r.to.iso());
  q.bind(":lines", r.lines);
  q.bind(":closing", r.closing.pence());
  q.bind(":owed", r.owed.pence());
  q.bind(":contingency", r.contingency.pence());
  q.bind(":surplus", r.surplus.pence());
  q.bind(":unexplained", r.unexplained.pence());
  q.bind(":missing", r.missing.pence());
  q.exec();
  return db.last_insert_id();
}

}  // namespace clerk::directpay
