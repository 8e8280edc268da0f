#include "clerk/db/schema.hpp"

#include <string>

#include "clerk/core/error.hpp"

namespace clerk::db {
namespace {

constexpr auto mark = Erase::mark;
constexpr auto blank = Erase::blank;
constexpr auto keep = Erase::keep;
constexpr auto redacted = TrailCopies::redacted;
constexpr auto left = TrailCopies::left;
constexpr auto scanned = SarScan::scanned;
constexpr auto not_scanned = SarScan::not_scanned;

// A migration that makes a table adds it here (tests/unit/db/schema_test.cpp fails until it
// does). Columns not listed as personal are statistics (dates, category, type, outcome, status,
// amounts, codes) and links by id, which an anonymised record keeps.
std::vector<SchemaTable> make_tables() {
  return {
      {.name = "meta", .role = TableRole::internal, .retention = Retention::none},
      {.name = "staff",
       .entity = "staff",
       // The office's own people: their logins name them in the trail for good.
       .retention = Retention::kept,
       .personal = {{"login", keep, left, not_scanned},
                    {"name", keep, left, not_scanned},
                    {"email", keep, left, not_scanned},
                    {"db_role", keep, left, not_scanned}},
       .added_columns = {"db_role"}},  // migration 0017
      {.name = "contact",
       .entity = "contact",
       .retention = Retention::with_records,
       .sar = {"contact", "Contact record"},
       // The subject's own record: nothing in it is scanned for other people.
       .personal = {{"name", mark, redacted, not_scanned},
                    {"organisation", blank, redacted, not_scanned},
                    {"address", blank, redacted, not_scanned},
                    {"email", blank, redacted, not_scanned},
                    {"phone", blank, redacted, not_scanned},
                    {"notes", blank, redacted, not_scanned},
                    {"salutation", blank, redacted, not_scanned}},
       .added_columns = {"salutation"}},  // migration 0012
      {.name = "holiday", .entity = "holiday", .retention = Retention::none},
      {.name = "cases",
       .entity = "case",
       .retention = Retention::closed_cases,
       .sar = {"cases", "Cases"},
       .contact_references = {{"contact_id", OnMerge::repoint, SarUse::exported}},
       .personal = {{"subject", mark, redacted, scanned},
                    // The organisations the case is with and awaits: kept with its statistics.
                    {"body", keep, left, scanned},
                    {"awaiting_on", keep, left, scanned}}},
      {.name = "case_event",
       .entity = "case_event",
       .retention = Retention::closed_cases,
       .sar = {"case_timeline", "Case notes and correspondence"},
       .personal = {{"party", blank, redacted, scanned}, {"text", mark, redacted, scanned}}},
      {.name = "case_pause",
       .entity = "case_pause",
       .retention = Retention::closed_cases,
       .sar = {"case_pauses", "Case clock stops"},
       .personal = {{"reason", mark, redacted, scanned}}},
      // Who else may see an OFFICIAL-SENSITIVE case: ids only.
      {.name = "case_share", .entity = "case_share", .retention = Retention::none},
      {.name = "case_deadline", .role = TableRole::derived, .retention = Retention::none},
      // Copies of case subjects, contacts' names and addresses and timeline text, kept in step
      // by triggers; retention takes an erased timeline entry out and optimises the index.
      {.name = "case_fts", .role = TableRole::derived, .retention = Retention::none},
      {.name = "case_search_text",
       .role = TableRole::derived,
       .view = true,
       .retention = Retention::none},
      // Every case's non-personal columns, whoever reads (migration 0019): ids, no data of
      // their own (merge and subject access act on `cases` and `case_pause` themselves).
      {.name = "case_facts",
       .role = TableRole::derived,
       .view = true,
       .retention = Retention::none},
      {.name = "case_pause_facts",
       .role = TableRole::derived,
       .view = true,
       .retention = Retention::none},
      {.name = "expense_budget", .entity = "expense_budget", .retention = Retention::none},
      {.name = "expense_payment", .entity = "expense_payment", .retention = Retention::none},
      {.name = "expense",
       .entity = "expense",
       .retention = Retention::expenses,
       .sar = {"expenses", "Expense claims (as a member of staff)"},
       .personal = {{"description", mark, redacted, scanned},
                    {"receipt", blank, redacted, not_scanned},
                    {"from_place", blank, redacted, scanned},
                    {"to_place", blank, redacted, scanned},
                    // Who else paid for the miles (an organisation): blanked, not hunted.
                    {"paid_by", blank, left, not_scanned},
                    {"reason", blank, redacted, not_scanned}}},
      {.name = "diary_event",
       .entity = "diary_event",
       .retention = Retention::diary,
       .sar = {"diary_events", "Diary events"},
       .personal = {{"title", mark, redacted, scanned},
                    {"place", blank, redacted, scanned},
                    {"description", blank, redacted, scanned},
                    {"agenda", blank, redacted, scanned},
                    {"minutes", blank, redacted, scanned}}},
      {.name = "diary_event_change", .entity = "diary_event_change", .retention = Retention::none},
      {.name = "diary_event_attendee",
       .entity = "diary_event_attendee",
       .retention = Retention::diary,
       .sar = {"diary_attendance", "Diary attendance"},
       .contact_references = {{"contact_id", OnMerge::repoint, SarUse::exported}},
       // Other attendees are listed for review by their own query, not by scanning.
       .personal = {{"name", Erase::with_row, redacted, not_scanned},
                    {"email", Erase::with_row, redacted, not_scanned}}},
      {.name = "diary_event_case", .entity = "diary_event_case", .retention = Retention::none},
      {.name = "diary_action",
       .entity = "diary_action",
       .retention = Retention::cases_or_diary,
       .sar = {"diary_actions", "Diary actions on their cases or theirs to do"},
       .contact_references = {{"owner_contact_id", OnMerge::repoint, SarUse::exported}},
       .personal = {{"text", mark, redacted, scanned},
                    {"done_note", blank, redacted, scanned},
                    {"cancel_reason", blank, redacted, scanned}},
       .added_columns = {"owner_contact_id", "cancelled_on", "cancel_reason"}},  // migration 0013
      {.name = "diary_papers",
       .entity = "diary_papers",
       .retention = Retention::diary,
       .sar = {"diary_papers", "Agendas and minutes of those meetings"},
       .personal = {{"agenda", blank, redacted, scanned}, {"minutes", blank, redacted, scanned}}},
      // Direct Payments: what a recipient was agreed and each statement audit of theirs. They
      // are the council's financial records, kept beyond any retention period of casework; a
      // subject access export includes them, as it does all a person's data.
      {.name = "payment_schedule",
       .entity = "payment_schedule",
       .retention = Retention::kept,
       .sar = {"payment_schedules", "Direct Payments schedules"},
       .contact_references = {{"contact_id", OnMerge::repoint, SarUse::exported}}},
      {.name = "statement_audit",
       .entity = "statement_audit",
       .retention = Retention::kept,
       .sar = {"statement_audits", "Direct Payments statement audits"},
       .contact_references = {{"contact_id", OnMerge::repoint, SarUse::exported}}},
      // Which contact each merged duplicate went into (ids and a day, nothing personal of its
      // own): subject access and the access log follow it to the duplicate's entries. A later
      // merge repoints into_id, so a chain of merges ends at the contact kept; the rows stay
      // when that contact is anonymised, as any link by id does.
      {.name = "contact_merge",
       .entity = "contact_merge",
       .retention = Retention::none,
       .contact_references = {{"into_id", OnMerge::repoint, SarUse::not_exported}}},
      {.name = "access_log",
       .role = TableRole::log,
       .retention = Retention::access_log,
       .sar = {"access_log", "Who has been shown their data"}},
      // Which contacts an access was about: the past is not rewritten by a merge.
      {.name = "access_log_contact",
       .role = TableRole::log,
       .retention = Retention::access_log,
       .contact_references = {{"contact_id", OnMerge::keep, SarUse::exported}}},
      {.name = "audit_log",
       .role = TableRole::internal,
       .retention = Retention::trail,
       .sar = {"audit_entries", "Audit trail entries about these records"}},
      {.name = "audit_payload", .role = TableRole::internal, .retention = Retention::trail},
      {.name = "audit_batch_row", .role = TableRole::internal, .retention = Retention::none},
      {.name = "audit_batch_hashes", .role = TableRole::internal, .retention = Retention::none},
  };
}

}  // namespace

bool SchemaTable::retention_deletes_rows() const {
  for (const auto& p : personal)
    if (p.erase == Erase::with_row) return true;
  return false;
}

const std::vector<SchemaTable>& schema_tables() {
  static const std::vector<SchemaTable> tables = make_tables();
  return tables;
}

const SchemaTable& schema_table(std::string_view name) {
  for (const auto& t : schema_tables())
    if (t.name == name) return t;
  throw Error(ErrorKind::internal, "not a table of the schema: " + std::string(name));
}

}  // namespace clerk::db
