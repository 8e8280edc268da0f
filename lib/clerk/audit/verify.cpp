#include "clerk/audit/verify.hpp"

#include <SQLiteCpp/Statement.h>

#include "clerk/audit/row_image.hpp"
#include "clerk/audit/trail.hpp"

namespace clerk::audit {
namespace {

class Collector {
 public:
  explicit Collector(VerifyReport& report) : report_(report) {}
  void add(Finding f) {
    ++report_.finding_count;
    if (report_.findings.size() < kMaxListed) report_.findings.push_back(std::move(f));
  }

 private:
  VerifyReport& report_;
};

std::optional<int64_t> optional_int(const SQLite::Column& c) {
  if (c.isNull()) return std::nullopt;
  return c.getInt64();
}

// Walks audit_log in seq order: gapless numbering, each prev_hash equal to the previous
// entry_hash, each entry_hash recomputed, each payload matching its commitment.
void verify_chain(SQLite::Database& db, VerifyReport& report, Collector& out) {
  std::string prev;
  try {
    prev = genesis_hash(database_id(db));
  } catch (const std::exception& e) {
    out.add({"chain", std::nullopt, "meta", std::nullopt, e.what()});
  }
  SQLite::Statement q(db, R"(
    SELECT a.seq, a.ts_utc, a.actor, a.command, a.action, a.entity, a.entity_id, a.entity_id_to,
           a.payload_commit, a.row_hash_after, a.prev_hash, a.entry_hash, p.salt, p.body
    FROM audit_log a LEFT JOIN audit_payload p ON p.seq = a.seq
    ORDER BY a.seq)");
  int64_t expected_seq = 1;
  Entry e;  // reused: its strings keep their capacity from row to row
  auto assign = [&q](std::string& to, int column) {
    const SQLite::Column c = q.getColumn(column);
    to.assign(c.getText(), size_t(c.getBytes()));
  };
  std::string salt, body;
  while (q.executeStep()) {
    e.seq = q.getColumn(0).getInt64();
    assign(e.ts_utc, 1);
    assign(e.actor, 2);
    assign(e.command, 3);
    assign(e.action, 4);
    assign(e.entity, 5);
    e.entity_id = optional_int(q.getColumn(6));
    e.entity_id_to = optional_int(q.getColumn(7));
    assign(e.payload_commit, 8);
    assign(e.row_hash_after, 9);
    assign(e.prev_hash, 10);
    assign(e.entry_hash, 11);
    ++report.entries;
    if (e.seq != expected_seq)
      out.add({"chain", e.seq, e.entity, e.entity_id,
               "sequence gap: expected entry " + std::to_string(expected_seq) +
                   " (entries were deleted or renumbered)"});
    if (e.prev_hash != prev)
      out.add({"chain", e.seq, e.entity, e.entity_id,
               "does not follow the previous entry (entries were removed, reordered or altered)"});
    if (compute_entry_hash(e) != e.entry_hash)
      out.add({"chain", e.seq, e.entity, e.entity_id, "entry altered: its hash does not match"});
    if (q.getColumn(12).isNull()) {
      ++report.redacted;
    } else {
      assign(salt, 12);
      assign(body, 13);
      if (payload_commitment(salt, body) != e.payload_commit)
        out.add({"payload", e.seq, e.entity, e.entity_id,
                 "before/after images altered: they do not match the entry's commitment"});
    }
    prev = e.entry_hash;
    expected_seq = e.seq + 1;
    report.head_seq = e.seq;
    report.head_hash = e.entry_hash;
  }
}

// Each batch entry's per-row hashes must still add up to the hash it committed to.
void verify_batches(SQLite::Database& db, Collector& out) {
  SQLite::Statement q(db, R"(
    SELECT a.seq, a.entity, a.row_hash_after, b.entity_id, b.row_hash
    FROM audit_log a JOIN audit_batch_row b ON b.seq = a.seq
    ORDER BY a.seq, b.entity_id)");
  int64_t current = 0;
  std::string entity, committed;
  std::vector<std::pair<int64_t, std::string>> rows;
  auto close = [&] {
    if (current != 0 && batch_hash(rows) != committed)
      out.add({"batch", current, entity, std::nullopt,
               "the rows recorded for this bulk entry were altered"});
    rows.clear();
  };
  while (q.executeStep()) {
    int64_t seq = q.getColumn(0).getInt64();
    if (seq != current) {
      close();
      current = seq;
      entity = q.getColumn(1).getString();
      committed = q.getColumn(2).getString();
    }
    rows.emplace_back(q.getColumn(3).getInt64(), q.getColumn(4).getString());
  }
  close();
}

// SQL for the latest recorded hash of (table, `id_sql`), from a single entry or a batch,
// whichever is newer.
std::string latest_hash_sql(const std::string& id_sql) {
  return "(SELECT h FROM ("
         " SELECT seq, row_hash_after AS h FROM audit_log WHERE entity = :e AND entity_id = " +
         id_sql +
         " AND entity_id_to IS NULL"
         " UNION ALL"
         " SELECT seq, row_hash AS h FROM audit_batch_row WHERE entity = :e AND entity_id = " +
         id_sql + ") ORDER BY seq DESC LIMIT 1)";
}

void verify_rows(SQLite::Database& db, const AuditedTable& audited, VerifyReport& report,
                 Collector& out) {
  const std::string& entity = audited.entity;
  const std::string& table = audited.table;
  // Table names come from audited_tables(), never from input.
  SQLite::Statement q(
      db, "SELECT t.*, " + latest_hash_sql("t.id") + " FROM " + table + " t ORDER BY t.id");
  q.bind(":e", entity);
  int columns = q.getColumnCount() - 1;
  while (q.executeStep()) {
    ++report.rows_checked;
    int64_t id = q.getColumn(0).getInt64();
    SQLite::Column recorded = q.getColumn(columns);
    if (recorded.isNull() || recorded.getString() == kTombstone) {
      out.add({"row-unrecorded", std::nullopt, entity, id,
               "row has no audit entry (inserted behind the tool's back)"});
    } else if (row_hash(q, columns) != recorded.getString()) {
      out.add({"row-changed", std::nullopt, entity, id,
               "row differs from its last audited state (edited behind the tool's back)"});
    }
  }

  // Rows the trail says exist but the table no longer holds.
  SQLite::Statement gone(db, "SELECT ids.entity_id, " + latest_hash_sql("ids.entity_id") +
                                 " FROM (SELECT DISTINCT entity_id FROM audit_log"
                                 "       WHERE entity = :e AND entity_id_to IS NULL"
                                 "         AND entity_id IS NOT NULL"
                                 "       UNION SELECT entity_id FROM audit_batch_row"
                                 "       WHERE entity = :e) ids"
                                 " WHERE NOT EXISTS (SELECT 1 FROM " +
                                 table + " WHERE id = ids.entity_id)");
  gone.bind(":e", entity);
  while (gone.executeStep()) {
    if (gone.getColumn(1).getString() != kTombstone)
      out.add({"row-missing", std::nullopt, entity, gone.getColumn(0).getInt64(),
               "row was deleted without an audit entry"});
  }
}

}  // namespace

VerifyReport verify(SQLite::Database& db) {
  VerifyReport report;
  Collector out(report);
  verify_chain(db, report, out);
  verify_batches(db, out);
  for (const auto& audited : audited_tables()) verify_rows(db, audited, report, out);
  return report;
}

}  // namespace clerk::audit
