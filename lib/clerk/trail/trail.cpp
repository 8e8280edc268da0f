#include "clerk/trail/trail.hpp"

#include <algorithm>

#include "clerk/core/error.hpp"
#include "clerk/core/sha256.hpp"
#include "clerk/db/connection.hpp"
#include "clerk/trail/encoding.hpp"
#include "clerk/trail/row_image.hpp"

namespace clerk::trail {

std::string genesis_hash(std::string_view database_id) {
  return sha256_hex(Encoder("clerk-genesis-v1").field(database_id).bytes());
}

std::string compute_entry_hash(const Entry& e) {
  Encoder enc(e.command_commit ? "clerk-audit-v2" : "clerk-audit-v1");
  enc.field(e.seq).field(e.ts_utc).field(e.actor);
  enc.field(e.command_commit ? *e.command_commit : e.command).field(e.action).field(e.entity);
  enc.optional(e.entity_id).optional(e.entity_id_to);
  enc.field(e.payload_commit).field(e.row_hash_after).field(e.prev_hash);
  return sha256_hex(enc.bytes());
}

std::string payload_commitment(std::string_view salt, std::string_view body) {
  return sha256_hex(Encoder("clerk-payload-v1").field(salt).field(body).bytes());
}

std::string command_commitment(std::string_view salt, std::string_view command) {
  return sha256_hex(Encoder("clerk-command-v1").field(salt).field(command).bytes());
}

namespace {
void put_u64(std::string& out, int64_t n) {
  auto u = uint64_t(n);
  for (int shift = 56; shift >= 0; shift -= 8) out.push_back(char((u >> shift) & 0xFF));
}
}  // namespace

BatchHash::BatchHash() { hasher_.update(Encoder("clerk-batch-v2").bytes()); }

void BatchHash::add(int64_t id, const Digest& row_hash) {
  put_u64(pending_, id);
  pending_.append(reinterpret_cast<const char*>(row_hash.data()), row_hash.size());
  ++rows_;
  if (pending_.size() >= (64 << 10)) {
    hasher_.update(pending_);
    pending_.clear();
  }
}

std::string BatchHash::hex_digest() {
  put_u64(pending_, rows_);
  hasher_.update(pending_);
  pending_.clear();
  rows_ = 0;
  return hasher_.hex_digest();
}

BatchHashV1::BatchHashV1(int64_t rows) {
  hasher_.update(Encoder("clerk-batch-v1").field(rows).bytes());
}

void BatchHashV1::add(int64_t id, std::string_view hex_row_hash) {
  hasher_.update(Encoder("r").field(id).field(hex_row_hash).bytes());
}

std::string database_id(db::Connection& db) {
  db::Statement q(db, "SELECT value FROM meta WHERE key = 'database_id'");
  if (!q.step()) throw Error(ErrorKind::io, "the database has no id (meta.database_id)");
  return q.column(0).text();
}

int64_t append(db::Connection& db, const NewEntry& in) {
  Entry e;
  {
    db::Statement last(db, "SELECT seq, entry_hash FROM audit_log ORDER BY seq DESC LIMIT 1");
    if (last.step()) {
      e.seq = last.column(0).int64() + 1;
      e.prev_hash = last.column(1).text();
    } else {
      e.seq = 1;
      e.prev_hash = genesis_hash(database_id(db));
    }
  }
  e.ts_utc = in.ts_utc;
  e.actor = in.actor;
  e.command = in.command;
  e.action = in.action;
  e.entity = in.entity;
  e.entity_id = in.entity_id;
  e.entity_id_to = in.entity_id_to;
  e.row_hash_after = in.row_hash_after;
  std::string salt = random_hex(16);
  e.payload_commit = payload_commitment(salt, in.body);
  e.command_commit = command_commitment(salt, in.command);
  e.entry_hash = compute_entry_hash(e);

  db::Statement ins(db, R"(
    INSERT INTO audit_log (seq, ts_utc, actor, command, action, entity, entity_id, entity_id_to,
                           payload_commit, row_hash_after, prev_hash, entry_hash, command_commit)
    VALUES (:seq, :ts, :actor, :command, :action, :entity, :id, :id_to, :commit, :row_hash,
            :prev, :hash, :command_commit))");
  ins.bind(":seq", e.seq);
  ins.bind(":ts", e.ts_utc);
  ins.bind(":actor", e.actor);
  ins.bind(":command", e.command);
  ins.bind(":action", e.action);
  ins.bind(":entity", e.entity);
  if (e.entity_id) ins.bind(":id", *e.entity_id);
  if (e.entity_id_to) ins.bind(":id_to", *e.entity_id_to);
  ins.bind(":commit", e.payload_commit);
  ins.bind(":row_hash", e.row_hash_after);
  ins.bind(":prev", e.prev_hash);
  ins.bind(":hash", e.entry_hash);
  ins.bind(":command_commit", *e.command_commit);
  ins.exec();

  db::Statement payload(db, "INSERT INTO audit_payload (seq, salt, body) VALUES (?, ?, ?)");
  payload.bind(1, e.seq);
  payload.bind(2, salt);
  payload.bind(3, in.body);
  payload.exec();

  return e.seq;
}

bool run_matches(int64_t first, int64_t last, size_t bytes) {
  if (last < first || bytes == 0 || bytes % 32 != 0) return false;
  return uint64_t(last) - uint64_t(first) == bytes / 32 - 1;
}

BatchRows::BatchRows(db::Connection& db, std::string entity, int64_t entries_before)
    : db_(db),
      seq_(db.query_int("SELECT coalesce(max(seq), 0) + 1 FROM audit_log") + entries_before),
      entity_(std::move(entity)) {
  table_of(entity_);  // an audited kind of record, or Error{internal}
  // Runs are gathered in a temporary table and copied into audit_batch_hashes by finish(),
  // just before their entry is appended. Were they written there at once, each would break its
  // reference to the entry until then, and while any such break is outstanding SQLite searches
  // the child tables of every row the load inserts (a table scan per row where a load has
  // dropped the child's index).
  db.exec(std::string("CREATE TEMP TABLE IF NOT EXISTS batch_runs (seq BIGINT NOT NULL, "
                      "entity TEXT NOT NULL, first_id BIGINT NOT NULL, last_id BIGINT NOT NULL, "
                      "hashes ") +
          (db.backend() == db::Backend::sqlite ? "BLOB" : "BYTEA") + " NOT NULL)");
  insert_ = std::make_unique<db::Statement>(db, R"(
    INSERT INTO batch_runs (seq, entity, first_id, last_id, hashes) VALUES (?, ?, ?, ?, ?))");
}

BatchRows::~BatchRows() = default;

void BatchRows::add(int64_t id, const Digest& row_hash) {
  if (added_ && id <= last_id_)
    throw Error(ErrorKind::internal, "a batch's rows were not added in id order");
  added_ = true;
  if (!run_.empty() && (id != last_id_ + 1 || int64_t(run_.size() / 32) == kHashesPerRun)) flush();
  if (run_.empty()) first_id_ = id;
  last_id_ = id;
  run_.append(reinterpret_cast<const char*>(row_hash.data()), row_hash.size());
  hash_.add(id, row_hash);
}

void BatchRows::flush() {
  if (run_.empty()) return;
  insert_->bind(1, seq_);
  insert_->bind(2, entity_);
  insert_->bind(3, first_id_);
  insert_->bind(4, last_id_);
  insert_->bind_blob(5, run_);
  insert_->exec();
  run_.clear();
}

void BatchRows::add_rows(int64_t first_id, int64_t last_id) {
  if (!read_) {
    // Table names come from the fixed list, never from input.
    read_ = std::make_unique<db::Statement>(
        db_, "SELECT * FROM " + table_of(entity_) + " WHERE id BETWEEN ? AND ? ORDER BY id");
  }
  read_->bind(1, first_id);
  read_->bind(2, last_id);
  while (read_->step()) {
    if (!hasher_) hasher_ = std::make_unique<RowHasher>(*read_);
    add(read_->column(0).int64(), hasher_->hash(*read_));
  }
  read_->reset();
}

std::string BatchRows::finish() {
  flush();
  // The copy breaks the runs' reference to their entry until append_batch() appends it.
  db::defer_foreign_keys(db_);
  // A batch's runs are of increasing ids, so by first_id is the order they were added in.
  db::Statement copy(db_, R"(
    INSERT INTO audit_batch_hashes (seq, entity, first_id, last_id, hashes)
    SELECT seq, entity, first_id, last_id, hashes FROM batch_runs WHERE seq = ? ORDER BY first_id)");
  copy.bind(1, seq_);
  copy.exec();
  db::Statement done(db_, "DELETE FROM batch_runs WHERE seq = ?");
  done.bind(1, seq_);
  done.exec();
  return hash_.hex_digest();
}

int64_t append_batch(db::Connection& db, NewEntry entry, BatchRows& rows) {
  if (!entry.entity_id || !entry.entity_id_to)
    throw Error(ErrorKind::internal, "a batch entry needs an id range");
  if (entry.entity != rows.entity())
    throw Error(ErrorKind::internal, "a batch entry's rows are of another kind of record");
  entry.row_hash_after = rows.finish();
  int64_t seq = append(db, entry);
  if (seq != rows.seq())
    throw Error(ErrorKind::internal, "the trail grew while a batch's rows were written");
  return seq;
}

int64_t append_batch(db::Connection& db, NewEntry entry) {
  if (!entry.entity_id || !entry.entity_id_to)
    throw Error(ErrorKind::internal, "a batch entry needs an id range");
  BatchRows rows(db, entry.entity);
  rows.add_rows(*entry.entity_id, *entry.entity_id_to);
  return append_batch(db, std::move(entry), rows);
}

}  // namespace clerk::trail
