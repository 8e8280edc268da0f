#include "clerk/privacy/sar_store.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "clerk/core/error.hpp"
#include "clerk/core/json_text.hpp"
#include "clerk/core/text.hpp"
#include "clerk/db/connection.hpp"
#include "clerk/db/schema.hpp"
#include "clerk/people/contact_merge_store.hpp"

namespace clerk::privacy {
namespace {

SarRecord read_row(db::Statement& q) {
  SarRecord r;
  r.id = q.column(0).int64();
  for (int i = 0; i < q.column_count(); ++i) {
    db::Value col = q.column(i);
    SarField f{std::string(col.name()), "null", ""};
    switch (col.type()) {
      case db::ValueType::integer:
        f.text = std::to_string(col.int64());
        f.json = f.text;
        break;
      case db::ValueType::real:
        f.text = fmt::format("{:.17g}", col.real());
        f.json = f.text;
        break;
      case db::ValueType::null:
        break;
      default:
        f.text = col.text();
        f.json = json::quoted(f.text);
    }
    r.fields.push_back(std::move(f));
  }
  return r;
}

class Collector {
 public:
  Collector(db::Connection& db, SarExport& out) : db_(db), out_(out) {}

  // The section of the export that holds `table`'s rows, as the schema registry names it.
  SarSection& section(std::string_view table) {
    const db::SarSection& named = db::schema_table(table).sar;
    out_.sections.push_back({std::string(named.key), std::string(named.title), {}});
    return out_.sections.back();
  }

  // Appends the rows `sql` finds for `value` (skipping ids already there); returns their ids.
  template <class Value>
  std::vector<int64_t> rows(SarSection& s, const std::string& sql, const Value& value) {
    db::Statement q(db_, sql);
    q.bind(1, value);
    std::vector<int64_t> ids;
    while (q.step()) {
      SarRecord r = read_row(q);
      bool seen = std::any_of(s.records.begin(), s.records.end(),
                              [&](const SarRecord& x) { return x.id == r.id; });
      if (seen) continue;
      ids.push_back(r.id);
      s.records.push_back(std::move(r));
    }
    return ids;
  }

 private:
  db::Connection& db_;
  SarExport& out_;
};

// The free text of each section scanned for other people's data: the schema registry's scanned
// columns, and the trail section's command line and images (a join of audit_log and
// audit_payload, whose body it names payload).
std::map<std::string, std::vector<std::string>> scanned_fields() {
  std::map<std::string, std::vector<std::string>> out;
  for (const auto& t : db::schema_tables())
    for (const auto& p : t.personal)
      if (p.scan == db::SarScan::scanned) out[std::string(t.sar.key)].emplace_back(p.column);
  out[std::string(db::schema_table("audit_log").sar.key)] = {"command", "payload"};
  return out;
}

std::string field_text(const SarRecord& r, const std::string& name) {
  for (const auto& f : r.fields)
    if (f.name == name) return f.text;
  return "";
}

}  // namespace

SarExport collect_sar(db::Connection& db, int64_t contact_id) {
  SarExport sar;
  sar.contact_id = contact_id;
  // Sections are filled through references while later ones are added: no reallocation.
  sar.sections.reserve(16);
  Collector c(db, sar);

  auto& contact = c.section("contact");
  c.rows(contact, "SELECT * FROM contact WHERE id = ?", contact_id);
  if (contact.records.empty())
    throw Error(ErrorKind::missing, "no contact with id " + std::to_string(contact_id))
        .field("contact");
  const SarRecord& me = contact.records.front();
  sar.contact_name = field_text(me, "name");
  SarSubject subject{{text::lower(sar.contact_name)}, text::lower(field_text(me, "email")), ""};
  for (char ch : field_text(me, "phone"))
    if (std::isdigit(static_cast<unsigned char>(ch))) subject.phone.push_back(ch);

  // Each (entity, id) whose audit entries belong in the export.
  std::vector<std::pair<std::string, int64_t>> audited;
  auto note = [&](std::string_view table, const std::vector<int64_t>& ids) {
    const auto& entity = db::schema_table(table).entity;
    for (int64_t id : ids) audited.emplace_back(std::string(entity), id);
  };
  // Their records under every id they have had: contacts merged into this one are gone, but the
  // trail and the access log keep entries about them under their own ids. The merges' own rows
  // hold only ids and are exported as their audit entries.
  const std::vector<int64_t> subject_ids = people::contact_and_merged_ids(db, contact_id);
  note("contact", subject_ids);
  note("contact_merge", people::merges_into(db, contact_id));

  auto& cases = c.section("cases");
  auto case_ids = c.rows(cases, "SELECT * FROM cases WHERE contact_id = ? ORDER BY id", contact_id);
  note("cases", case_ids);
  auto& timeline = c.section("case_event");
  auto& pauses = c.section("case_pause");
  for (int64_t id : case_ids) {
    note("case_event",
         c.rows(timeline, "SELECT * FROM case_event WHERE case_id = ? ORDER BY on_date, id", id));
    note("case_pause",
         c.rows(pauses, "SELECT * FROM case_pause WHERE case_id = ? ORDER BY id", id));
  }
  std::vector<std::string> refs;
  for (const auto& r : cases.records) refs.push_back(field_text(r, "ref"));

  auto& attendance = c.section("diary_event_attendee");
  auto attended =
      c.rows(attendance, "SELECT * FROM diary_event_attendee WHERE contact_id = ? ORDER BY id",
             contact_id);
  note("diary_event_attendee", attended);
  std::set<int64_t> event_ids;
  for (const auto& r : attendance.records) event_ids.insert(std::stoll(field_text(r, "event_id")));
  auto& actions = c.section("diary_action");
  for (const auto& ref : refs) {
    db::Statement q(db, "SELECT event_id FROM diary_event_case WHERE case_ref = ?");
    q.bind(1, ref);
    while (q.step()) event_ids.insert(q.column(0).int64());
    note("diary_action",
         c.rows(actions, "SELECT * FROM diary_action WHERE case_ref = ? ORDER BY id", ref));
  }
  // An action owned by the contact as someone outside the office (--owner-contact).
  note("diary_action",
       c.rows(actions, "SELECT * FROM diary_action WHERE owner_contact_id = ? ORDER BY id",
              contact_id));
  auto& events = c.section("diary_event");
  for (int64_t id : event_ids)
    note("diary_event", c.rows(events, "SELECT * FROM diary_event WHERE id = ?", id));
  // The agendas and minutes of each meeting of a series they were at (a one-off's are on its
  // event row above).
  auto& papers = c.section("diary_papers");
  for (int64_t id : event_ids)
    note("diary_papers",
         c.rows(papers, "SELECT * FROM diary_papers WHERE event_id = ? ORDER BY original_day, id",
                id));

  auto& expenses = c.section("expense");
  if (!subject.email.empty()) {
    db::Statement staff(db, "SELECT id FROM staff WHERE lower(email) = ?");
    staff.bind(1, subject.email);
    while (staff.step())
      note("expense", c.rows(expenses, "SELECT * FROM expense WHERE claimant_id = ? ORDER BY id",
                             staff.column(0).int64()));
  }

  // Direct Payments: their schedules and the audits of their bank statements.
  auto& schedules = c.section("payment_schedule");
  note("payment_schedule",
       c.rows(schedules, "SELECT * FROM payment_schedule WHERE contact_id = ? ORDER BY id",
              contact_id));
  auto& statements = c.section("statement_audit");
  note("statement_audit",
       c.rows(statements, "SELECT * FROM statement_audit WHERE contact_id = ? ORDER BY id",
              contact_id));

  std::set<int64_t> seqs;
  {
    db::Statement single(db, R"(
      SELECT seq FROM audit_log WHERE entity = ? AND entity_id = ? AND entity_id_to IS NULL)");
    db::Statement batch(db, R"(
      SELECT seq FROM audit_batch_hashes WHERE entity = ?1 AND first_id <= ?2 AND last_id >= ?2
      UNION SELECT seq FROM audit_batch_row WHERE entity = ?1 AND entity_id = ?2)");
    for (const auto& [entity, id] : audited) {
      for (auto* q : {&single, &batch}) {
        q->bind(1, entity);
        q->bind(2, id);
        while (q->step()) seqs.insert(q->column(0).int64());
        q->reset();
      }
    }
  }
  auto& trail = c.section("audit_log");
  for (int64_t seq : seqs)
    c.rows(trail, R"(
      SELECT a.seq, a.ts_utc, a.actor, a.action, a.entity, a.entity_id, a.entity_id_to, a.command,
             p.seq IS NULL AS redacted, p.body AS payload
      FROM audit_log a LEFT JOIN audit_payload p ON p.seq = a.seq WHERE a.seq = ?)",
           seq);

  auto& access = c.section("access_log");
  for (int64_t id : subject_ids)
    c.rows(access, R"(
      SELECT a.id, a.ts_utc, a.actor, a.command, a.what, a.records
      FROM access_log_contact x JOIN access_log a ON a.id = x.access_id
      WHERE x.contact_id = ? ORDER BY a.id)",
           id);
  std::sort(access.records.begin(), access.records.end(),
            [](const SarRecord& a, const SarRecord& b) { return a.id < b.id; });

  // Redaction review: other attendees at their events, and in free text other contacts'
  // names, email addresses and phone numbers.
  {
    db::Statement others(db, R"(
      SELECT id, name FROM diary_event_attendee
      WHERE event_id = ? AND staff_id IS NULL AND (contact_id IS NULL OR contact_id <> ?))");
    for (int64_t event : event_ids) {
      others.bind(1, event);
      others.bind(2, contact_id);
      while (others.step())
        sar.review.push_back(
            {"diary_events", event, "attendee", others.column(1).text(), "another attendee"});
      others.reset();
    }
  }
  static const std::map<std::string, std::vector<std::string>> free_text = scanned_fields();
  db::Statement by_name(db, R"(
    SELECT id FROM contact WHERE name = ? COLLATE NOCASE AND id <> ? AND kind = 'person'
    LIMIT 1)");
  for (const auto& section : sar.sections) {
    auto fields = free_text.find(section.key);
    if (fields == free_text.end()) continue;
    for (const auto& record : section.records) {
      for (const auto& field : record.fields) {
        if (std::find(fields->second.begin(), fields->second.end(), field.name) ==
            fields->second.end())
          continue;
        scan_text(subject, section.key, record.id, field.name, field.text, sar.review);
        for (const auto& candidate : name_candidates(field.text)) {
          if (text::lower(candidate) == subject.names.front()) continue;
          by_name.bind(1, candidate);
          by_name.bind(2, contact_id);
          if (by_name.step())
            sar.review.push_back({section.key, record.id, field.name, candidate,
                                  "the name of another contact (" +
                                      std::to_string(by_name.column(0).int64()) + ")"});
          by_name.reset();
        }
      }
    }
  }
  return sar;
}

}  // namespace clerk::privacy
