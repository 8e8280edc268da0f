#include "clerk/trail/verify.hpp"

#include <cstdint>
#include <exception>
#include <memory>
#include <thread>

#include "clerk/core/block_queue.hpp"
#include "clerk/db/column_reader.hpp"
#include "clerk/db/database.hpp"
#include "clerk/db/raw_statement.hpp"
#include "clerk/db/read_snapshot.hpp"
#include "clerk/db/sqlite_connection.hpp"
#include "clerk/trail/recorded_hashes.hpp"
#include "clerk/trail/row_image.hpp"
#include "clerk/trail/trail.hpp"

namespace clerk::trail {
namespace {

class Collector {
 public:
  explicit Collector(VerifyReport& report) : report_(report) {}
  void add(Finding f) { report_.add(std::move(f)); }

 private:
  VerifyReport& report_;
};

// One entry as read, with its payload, handed from the reading thread to the checking one.
struct ChainRow {
  Entry e;
  bool redacted = false;
  std::string salt, body;
};
using Block = std::vector<ChainRow>;
constexpr size_t kBlockRows = 512;

// Checks entries in sequence order: gapless numbering, each prev_hash equal to the previous
// entry_hash, each entry_hash recomputed, each payload matching its commitment.
class ChainChecker {
 public:
  ChainChecker(std::string genesis, VerifyReport& report, Collector& out)
      : prev_(std::move(genesis)), report_(report), out_(out) {}

  void check(const ChainRow& row) {
    const Entry& e = row.e;
    ++report_.entries;
    if (e.seq != expected_seq_)
      out_.add({"chain", e.seq, e.entity, e.entity_id,
                "sequence gap: expected entry " + std::to_string(expected_seq_) +
                    " (entries were deleted or renumbered)"});
    if (e.prev_hash != prev_)
      out_.add({"chain", e.seq, e.entity, e.entity_id,
                "does not follow the previous entry (entries were removed, reordered or altered)"});
    if (compute_entry_hash(e) != e.entry_hash)
      out_.add({"chain", e.seq, e.entity, e.entity_id, "entry altered: its hash does not match"});
    if (row.redacted)
      ++report_.redacted;
    else if (payload_commitment(row.salt, row.body) != e.payload_commit)
      out_.add({"payload", e.seq, e.entity, e.entity_id,
                "before/after images altered: they do not match the entry's commitment"});
    else if (e.command_commit && command_commitment(row.salt, e.command) != *e.command_commit)
      out_.add({"payload", e.seq, e.entity, e.entity_id,
                "command line altered: it does not match the entry's commitment"});
    prev_ = e.entry_hash;
    expected_seq_ = e.seq + 1;
    report_.head_seq = e.seq;
    report_.head_hash = e.entry_hash;
  }

 private:
  std::string prev_;
  int64_t expected_seq_ = 1;
  VerifyReport& report_;
  Collector& out_;
};

// A batch entry as the chain walk met it: what verify_batches checks its stored hashes against.
struct BatchEntry {
  int64_t seq;
  std::string entity;
  int64_t first_id, last_id;
  std::string committed;
};

// Walks audit_log and audit_payload side by side in seq order (two cursors rather than a join:
// no lookup per entry). A second thread reads (the connection is used by it alone meanwhile)
// while this one checks, in the same order, so findings come out as they would in one thread. Batch
// entries are collected for verify_batches.
void verify_chain(db::Connection& db, VerifyReport& report, Collector& out,
                  std::vector<BatchEntry>& batches) {
  std::string genesis;
  try {
    genesis = genesis_hash(database_id(db));
  } catch (const std::exception& e) {
    out.add({"chain", std::nullopt, "meta", std::nullopt, e.what()});
  }
  db::Statement q(db, R"(
    SELECT seq, ts_utc, actor, command, action, entity, entity_id, entity_id_to, payload_commit,
           row_hash_after, prev_hash, entry_hash, command_commit
    FROM audit_log ORDER BY seq)");
  db::Statement payloads(db, "SELECT seq, salt, body FROM audit_payload ORDER BY seq");
  q.read_in_batches();
  payloads.read_in_batches();
  const db::ColumnReader qr(q), pr(payloads);
  bool payload_row = payloads.step();
  auto assign = [](std::string& to, std::string_view from) { to.assign(from.data(), from.size()); };
  auto optional_int = [&qr](int column) {
    return qr.is_null(column) ? std::nullopt : std::optional<int64_t>(qr.int64(column));
  };

  BlockQueue<Block> queue;
  ChainChecker checker(genesis, report, out);
  auto read = [&](BlockQueue<Block>& blocks) {
    bool more = true;
    while (more) {
      auto block = blocks.take_empty();
      if (!block) return;  // the checker failed
      block->resize(kBlockRows);
      size_t n = 0;
      while (n < kBlockRows && (more = q.step())) {
        ChainRow& row = (*block)[n++];
        Entry& e = row.e;
        e.seq = qr.int64(0);
        assign(e.ts_utc, qr.text(1));
        assign(e.actor, qr.text(2));
        assign(e.command, qr.text(3));
        assign(e.action, qr.text(4));
        assign(e.entity, qr.text(5));
        e.entity_id = optional_int(6);
        e.entity_id_to = optional_int(7);
        assign(e.payload_commit, qr.text(8));
        assign(e.row_hash_after, qr.text(9));
        assign(e.prev_hash, qr.text(10));
        assign(e.entry_hash, qr.text(11));
        if (qr.is_null(12))
          e.command_commit.reset();
        else
          assign(e.command_commit.emplace(), qr.text(12));
        // Payloads of entries that no longer exist are skipped; a missing one is a redaction.
        while (payload_row && pr.int64(0) < e.seq) payload_row = payloads.step();
        row.redacted = !payload_row || pr.int64(0) != e.seq;
        if (!row.redacted) {
          assign(row.salt, pr.text(1));
          assign(row.body, pr.text(2));
        }
        if (e.entity_id && e.entity_id_to)
          batches.push_back({e.seq, e.entity, *e.entity_id, *e.entity_id_to, e.row_hash_after});
      }
      block->resize(n);
      blocks.put_full(std::move(block));
    }
  };
  auto check = [&](BlockQueue<Block>& blocks) {
    while (auto block = blocks.take_full()) {
      for (const auto& row : *block) checker.check(row);
      blocks.put_empty(std::move(block));
    }
  };
  // The connection is used by the reading thread only while the walk runs.
  produce_and_consume(queue, read, check);
}

// Each batch entry's stored per-row hashes must still add up to the hash it committed to, lie
// within its record range and be of its kind of record; stored hashes no batch entry owns are
// reported too.
void verify_batches(db::Connection& db, const std::vector<BatchEntry>& batches, Collector& out) {
  db::Statement runs(db, R"(
    SELECT entity, first_id, last_id, hashes FROM audit_batch_hashes
    WHERE seq = ? ORDER BY first_id)");
  db::Statement legacy_count(db, "SELECT count(*) FROM audit_batch_row WHERE seq = ?");
  db::Statement legacy(db, R"(
    SELECT entity, entity_id, row_hash FROM audit_batch_row
    WHERE seq = ? ORDER BY entity, entity_id)");
  // A batch of a million records holds a thousand runs of hashes, 64 MiB as text.
  runs.read_in_batches();
  legacy.read_in_batches();
  const db::ColumnReader rn(runs), lg(legacy);
  auto altered = [&out](const BatchEntry& b, const std::string& why) {
    out.add({"batch", b.seq, b.entity, std::nullopt, why});
  };
  for (const auto& b : batches) {
    bool outside = false, in_runs = false;
    std::string hash;
    BatchHash h;  // rule v2, for batches stored as runs
    runs.bind(1, b.seq);
    while (runs.step()) {
      in_runs = true;
      int64_t first = rn.int64(1), last = rn.int64(2);
      std::string_view bytes = rn.blob(3);
      if (rn.text(0) != b.entity || first < b.first_id || last > b.last_id ||
          !run_matches(first, last, bytes.size()))
        outside = true;
      // The digests the blob holds, numbered from `first` (never past the largest id).
      for (size_t i = 0; i < bytes.size() / 32 && int64_t(i) <= INT64_MAX - first; ++i)
        h.add(first + int64_t(i), *digest_from_bytes(bytes.substr(i * 32, 32)));
    }
    runs.reset();
    if (in_runs) {
      hash = h.hex_digest();
    } else {
      legacy_count.bind(1, b.seq);
      legacy_count.step();
      BatchHashV1 v1(legacy_count.column(0).int64());
      legacy_count.reset();
      legacy.bind(1, b.seq);
      while (legacy.step()) {
        int64_t id = lg.int64(1);
        if (lg.text(0) != b.entity || id < b.first_id || id > b.last_id) outside = true;
        v1.add(id, lg.text(2));
      }
      legacy.reset();
      hash = v1.hex_digest();
    }
    if (outside)
      altered(b, "rows recorded for this bulk entry lie outside its records");
    else if (hash != b.committed)
      altered(b, "the rows recorded for this bulk entry were altered");
  }
  // Stored hashes that belong to no batch entry (added behind the tool's back).
  db::Statement strays(db, R"(
    SELECT DISTINCT h.seq, h.entity FROM audit_batch_hashes h
    LEFT JOIN audit_log a ON a.seq = h.seq
    WHERE a.seq IS NULL OR a.entity_id_to IS NULL
    UNION
    SELECT DISTINCT r.seq, r.entity FROM audit_batch_row r
    LEFT JOIN audit_log a ON a.seq = r.seq
    WHERE a.seq IS NULL OR a.entity_id_to IS NULL)");
  while (strays.step())
    out.add({"batch", strays.column(0).int64(), std::string(strays.column(1).view()), std::nullopt,
             "row hashes recorded for an entry that is not a bulk entry"});
}

// Every record of one kind against the latest hash the trail records for it, both read in
// record order and merged: a record with no hash was inserted behind the tool's back, one whose
// hash differs was edited, and a hash (other than a deletion's) with no record was deleted.
void verify_rows(db::Connection& db, const AuditedTable& audited, VerifyReport& report,
                 Collector& out) {
  const std::string& entity = audited.entity;
  // Table names come from audited_tables(), never from input.
  db::Statement rows(db, "SELECT * FROM " + audited.table + " ORDER BY id");
  rows.read_in_batches();
  const db::ColumnReader rr(rows);
  std::optional<RowHasher> hasher;  // made at the first row (PostgreSQL names columns then)
  RecordedHashes recorded(db, entity);
  bool row = rows.step();
  RecordedHashes::Latest latest;
  bool known = recorded.next(latest);
  while (row || known) {
    if (row && (!known || rr.int64(0) < latest.id)) {
      ++report.rows_checked;
      out.add({"row-unrecorded", std::nullopt, entity, rr.int64(0),
               "row has no audit entry (inserted behind the tool's back)"});
      row = rows.step();
    } else if (!row || latest.id < rr.int64(0)) {
      if (!latest.tombstone())
        out.add({"row-missing", std::nullopt, entity, latest.id,
                 "row was deleted without an audit entry"});
      known = recorded.next(latest);
    } else {
      ++report.rows_checked;
      if (latest.tombstone())
        out.add({"row-unrecorded", std::nullopt, entity, latest.id,
                 "row has no audit entry (inserted behind the tool's back)"});
      else if (!latest.hash || (hasher ? *hasher : hasher.emplace(rows)).hash(rows) != *latest.hash)
        out.add({"row-changed", std::nullopt, entity, latest.id,
                 "row differs from its last audited state (edited behind the tool's back)"});
      row = rows.step();
      known = recorded.next(latest);
    }
  }
}

void verify_all_rows(db::Connection& db, VerifyReport& report) {
  Collector out(report);
  db::ReadSnapshot snapshot(db);
  for (const auto& audited : audited_tables()) verify_rows(db, audited, report, out);
}

}  // namespace

void VerifyReport::add(Finding f) {
  ++finding_count;
  if (findings.size() < kMaxListed) findings.push_back(std::move(f));
}

VerifyReport verify(db::Connection& db, VerifyScope scope) {
  VerifyReport report;
  Collector out(report);
  // The records are checked on their own connection and thread, alongside the chain; their
  // findings are listed after the chain's and the batches', as when checked one after another.
  VerifyReport rows;
  std::exception_ptr rows_error;
  // (On SQLite, a second connection to the file; a team database's rows are checked after the
  // chain, on the one connection.)
  std::unique_ptr<SQLite::Database> other_file;
  std::unique_ptr<db::Connection> other;
  if (scope.rows && db.backend() == db::Backend::sqlite) {
    other_file = db::another_connection(db::sqlite(db));
    if (other_file) other = db::sqlite_connection(*other_file);
  }
  std::thread checking_rows;
  if (other)
    checking_rows = std::thread([&] {
      try {
        verify_all_rows(*other, rows);
      } catch (...) {
        rows_error = std::current_exception();
      }
    });
  std::vector<BatchEntry> batches;
  try {
    db::ReadSnapshot snapshot(db);
    verify_chain(db, report, out, batches);
    if (scope.rows) verify_batches(db, batches, out);
  } catch (...) {
    if (checking_rows.joinable()) checking_rows.join();
    throw;
  }
  if (checking_rows.joinable()) checking_rows.join();
  if (rows_error) std::rethrow_exception(rows_error);
  if (!scope.rows) return report;
  if (!other) verify_all_rows(db, rows);
  report.rows_checked = rows.rows_checked;
  for (auto& f : rows.findings) report.add(std::move(f));
  report.finding_count += rows.finding_count - int64_t(rows.findings.size());
  return report;
}

VerifyReport verify(SQLite::Database& db, VerifyScope scope) {
  return verify(*db::sqlite_connection(db), scope);
}

}  // namespace clerk::trail
