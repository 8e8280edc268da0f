// The schema registry: every table and view the migrations make, and what the trail, contact
// merge, subject access and retention need to know about each. Plain data; they all read it.
#pragma once

#include <string_view>
#include <vector>

namespace clerk::db {

// What a table is for.
enum class TableRole {
  record,    // rows people make and change through clerk
  log,       // the access log: who was shown whose data (outside the trail: it records reads)
  derived,   // rebuilt from records (deadlines, the search index and its view): no data of its own
  internal,  // bookkeeping: schema metadata and the audit trail itself
};

// Which `[retention]` policy ends the personal data a table holds.
enum class Retention {
  undecided,       // no decision made: the registry's test fails
  closed_cases,    // closed_cases_years: a closed case and its timeline and clock stops
  expenses,        // expenses_years: paid or rejected items
  diary,           // diary_years: an event that is over, its attendees and papers
  cases_or_diary,  // diary actions: with the case they are on or the meeting they came from
  with_records,    // contacts: once every case and event of theirs is anonymised
  access_log,      // access_log_years
  trail,           // audit entries about erased rows, or holding their text, are redacted
  kept,            // personal data no policy covers: kept until deleted by hand
  none,            // no personal data of its own (lookups, links, hashes, derived copies)
};

// What `contact merge` does with a column holding a contact id.
enum class OnMerge {
  repoint,  // each row is pointed at the kept contact (an audited update per row)
  keep,     // left as it is: a record of the past (who was shown which contact's data)
};

// Whether a subject access export holds the rows a contact reference finds.
enum class SarUse { exported, not_exported };

// A column holding a contact id (`contact.id`).
struct ContactReference {
  std::string_view column;
  OnMerge merge;
  SarUse sar;
};

// What retention does with a personal column of a row it anonymises.
enum class Erase {
  mark,      // set to '[erased]' (NOT NULL text: the row shows it was anonymised)
  blank,     // set to NULL
  with_row,  // the whole row is deleted
  keep,      // left as it is (the organisation a case is with: not the person's data)
};
// Whether retention also redacts earlier trail entries that hold the column's value.
enum class TrailCopies { redacted, left };
// Whether a subject access export scans the column for other people's personal data.
enum class SarScan { scanned, not_scanned };

// A column that may hold personal data: names, contact details, free text.
struct PersonalColumn {
  std::string_view column;
  Erase erase;
  TrailCopies copies;
  SarScan scan;
};

// The section of a subject access export that holds a table's rows.
struct SarSection {
  std::string_view key;  // JSON key and file section
  std::string_view title;
};

struct SchemaTable {
  std::string_view name{};
  TableRole role = TableRole::record;
  bool view = false;
  // The entity name the trail's entries use for its rows ("case" for `cases`); empty when the
  // trail does not cover it. An audited table has an INTEGER PRIMARY KEY `id`.
  std::string_view entity{};
  Retention retention = Retention::undecided;
  SarSection sar{};  // key empty: its rows are not in an export
  std::vector<ContactReference> contact_references{};
  std::vector<PersonalColumn> personal{};
  // Columns a migration added after the table held audited rows: the row hash leaves each out
  // while it is NULL, so rows hashed before it existed still verify.
  std::vector<std::string_view> added_columns{};

  bool audited() const { return !entity.empty(); }
  // Retention deletes its rows rather than blanking their personal columns.
  bool retention_deletes_rows() const;
};

// Every table and view, audited ones in the order `audit verify` checks them.
const std::vector<SchemaTable>& schema_tables();
// The table or view named `name`; Error{internal} when the registry has none.
const SchemaTable& schema_table(std::string_view name);

}  // namespace clerk::db
