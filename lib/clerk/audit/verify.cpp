#include "clerk/audit/verify.hpp"

#include <SQLiteCpp/Statement.h>

#include <condition_variable>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <thread>

#include "clerk/audit/row_image.hpp"
#include "clerk/audit/trail.hpp"
#include "clerk/db/columns.hpp"

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

// One entry as read, with its payload, handed from the reading thread to the checking one.
struct ChainRow {
  Entry e;
  bool redacted = false;
  std::string salt, body;
};
using Block = std::vector<ChainRow>;
constexpr size_t kBlockRows = 512;
constexpr size_t kBlocksInFlight = 4;

// A bounded hand-off of blocks in order, with their buffers recycled so strings keep their
// capacity: reading rows out of SQLite and hashing them take about as long as each other, so
// on two cores they overlap.
class BlockQueue {
 public:
  std::unique_ptr<Block> take_empty() {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return !empty_.empty() || made_ < kBlocksInFlight || failed_; });
    if (failed_) return nullptr;
    if (empty_.empty()) {
      ++made_;
      return std::make_unique<Block>();
    }
    auto block = std::move(empty_.back());
    empty_.pop_back();
    return block;
  }
  void put_full(std::unique_ptr<Block> block) {
    std::lock_guard lock(mutex_);
    full_.push_back(std::move(block));
    changed_.notify_all();
  }
  // The next full block, or null once the reader has finished and all are taken.
  std::unique_ptr<Block> take_full() {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return !full_.empty() || done_; });
    if (full_.empty()) return nullptr;
    auto block = std::move(full_.front());
    full_.pop_front();
    return block;
  }
  void put_empty(std::unique_ptr<Block> block) {
    std::lock_guard lock(mutex_);
    empty_.push_back(std::move(block));
    changed_.notify_all();
  }
  void finish() {
    std::lock_guard lock(mutex_);
    done_ = true;
    changed_.notify_all();
  }
  void fail() {
    std::lock_guard lock(mutex_);
    failed_ = true;
    changed_.notify_all();
  }

 private:
  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<std::unique_ptr<Block>> full_;
  std::vector<std::unique_ptr<Block>> empty_;
  size_t made_ = 0;
  bool done_ = false;
  bool failed_ = false;
};

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

// Walks audit_log in seq order. This thread reads (one SQLite connection, one thread); a
// second thread checks, in the same order, so findings come out as they would in one thread.
void verify_chain(SQLite::Database& db, VerifyReport& report, Collector& out) {
  std::string genesis;
  try {
    genesis = genesis_hash(database_id(db));
  } catch (const std::exception& e) {
    out.add({"chain", std::nullopt, "meta", std::nullopt, e.what()});
  }
  SQLite::Statement q(db, R"(
    SELECT a.seq, a.ts_utc, a.actor, a.command, a.action, a.entity, a.entity_id, a.entity_id_to,
           a.payload_commit, a.row_hash_after, a.prev_hash, a.entry_hash, p.salt, p.body
    FROM audit_log a LEFT JOIN audit_payload p ON p.seq = a.seq
    ORDER BY a.seq)");
  auto assign = [&q](std::string& to, int column) {
    const SQLite::Column c = q.getColumn(column);
    to.assign(c.getText(), size_t(c.getBytes()));
  };

  BlockQueue queue;
  ChainChecker checker(genesis, report, out);
  std::exception_ptr check_error;
  std::thread checking([&] {
    try {
      while (auto block = queue.take_full()) {
        for (const auto& row : *block) checker.check(row);
        queue.put_empty(std::move(block));
      }
    } catch (...) {
      check_error = std::current_exception();
      queue.fail();
    }
  });
  try {
    bool more = true;
    while (more) {
      auto block = queue.take_empty();
      if (!block) break;  // the checker failed
      block->resize(kBlockRows);
      size_t n = 0;
      while (n < kBlockRows && (more = q.executeStep())) {
        ChainRow& row = (*block)[n++];
        Entry& e = row.e;
        e.seq = q.getColumn(0).getInt64();
        assign(e.ts_utc, 1);
        assign(e.actor, 2);
        assign(e.command, 3);
        assign(e.action, 4);
        assign(e.entity, 5);
        e.entity_id = db::optional_int(q.getColumn(6));
        e.entity_id_to = db::optional_int(q.getColumn(7));
        assign(e.payload_commit, 8);
        assign(e.row_hash_after, 9);
        assign(e.prev_hash, 10);
        assign(e.entry_hash, 11);
        row.redacted = q.getColumn(12).isNull();
        if (!row.redacted) {
          assign(row.salt, 12);
          assign(row.body, 13);
        }
      }
      block->resize(n);
      queue.put_full(std::move(block));
    }
  } catch (...) {
    queue.finish();
    checking.join();
    throw;
  }
  queue.finish();
  checking.join();
  if (check_error) std::rethrow_exception(check_error);
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

VerifyReport verify(SQLite::Database& db, VerifyScope scope) {
  VerifyReport report;
  Collector out(report);
  verify_chain(db, report, out);
  if (!scope.rows) return report;
  verify_batches(db, out);
  for (const auto& audited : audited_tables()) verify_rows(db, audited, report, out);
  return report;
}

}  // namespace clerk::audit
