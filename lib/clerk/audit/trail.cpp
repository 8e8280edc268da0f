#include "clerk/audit/trail.hpp"

#include <SQLiteCpp/Statement.h>

#include <algorithm>

#include "clerk/audit/encoding.hpp"
#include "clerk/audit/row_image.hpp"
#include "clerk/audit/sha256.hpp"
#include "clerk/core/error.hpp"
#include "clerk/db/raw_statement.hpp"

namespace clerk::audit {

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

BatchHash::BatchHash(int64_t rows) {
  hasher_.update(Encoder("clerk-batch-v2").field(rows).bytes());
}

void BatchHash::add(int64_t id, const Digest& row_hash) {
  auto u = uint64_t(id);
  for (int shift = 56; shift >= 0; shift -= 8) pending_.push_back(char((u >> shift) & 0xFF));
  pending_.append(reinterpret_cast<const char*>(row_hash.data()), row_hash.size());
  if (pending_.size() >= (64 << 10)) {
    hasher_.update(pending_);
    pending_.clear();
  }
}

std::string BatchHash::hex_digest() {
  hasher_.update(pending_);
  pending_.clear();
  return hasher_.hex_digest();
}

BatchHashV1::BatchHashV1(int64_t rows) {
  hasher_.update(Encoder("clerk-batch-v1").field(rows).bytes());
}

void BatchHashV1::add(int64_t id, std::string_view hex_row_hash) {
  hasher_.update(Encoder("r").field(id).field(hex_row_hash).bytes());
}

std::string database_id(SQLite::Database& db) {
  SQLite::Statement q(db, "SELECT value FROM meta WHERE key = 'database_id'");
  if (!q.executeStep()) throw Error(ErrorKind::io, "the database has no id (meta.database_id)");
  return q.getColumn(0).getString();
}

int64_t append(SQLite::Database& db, const NewEntry& in) {
  Entry e;
  {
    SQLite::Statement last(db, "SELECT seq, entry_hash FROM audit_log ORDER BY seq DESC LIMIT 1");
    if (last.executeStep()) {
      e.seq = last.getColumn(0).getInt64() + 1;
      e.prev_hash = last.getColumn(1).getString();
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

  SQLite::Statement ins(db, R"(
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

  SQLite::Statement payload(db, "INSERT INTO audit_payload (seq, salt, body) VALUES (?, ?, ?)");
  payload.bind(1, e.seq);
  payload.bind(2, salt);
  payload.bind(3, in.body);
  payload.exec();

  return e.seq;
}

namespace {

// Collects consecutive ids' hashes into one audit_batch_hashes row at a time.
class HashRuns {
 public:
  HashRuns(SQLite::Database& db, int64_t seq, std::string entity)
      : insert_(db, R"(
          INSERT INTO audit_batch_hashes (seq, entity, first_id, last_id, hashes)
          VALUES (?, ?, ?, ?, ?))"),
        seq_(seq),
        entity_(std::move(entity)) {}

  void add(int64_t id, const Digest& hash) {
    if (!hashes_.empty() && (id != last_id_ + 1 || count() == kHashesPerRun)) flush();
    if (hashes_.empty()) first_id_ = id;
    last_id_ = id;
    hashes_.append(reinterpret_cast<const char*>(hash.data()), hash.size());
  }

  void flush() {
    if (hashes_.empty()) return;
    insert_.bind(1, seq_);
    insert_.bind(2, entity_);
    insert_.bind(3, first_id_);
    insert_.bind(4, last_id_);
    insert_.bind_blob(5, hashes_.data(), hashes_.size());
    insert_.exec();
    hashes_.clear();
  }

 private:
  int64_t count() const { return int64_t(hashes_.size() / 32); }

  db::RawStatement insert_;
  int64_t seq_;
  std::string entity_;
  int64_t first_id_ = 0, last_id_ = 0;
  std::string hashes_;
};

}  // namespace

int64_t append_batch(SQLite::Database& db, NewEntry entry) {
  if (!entry.entity_id || !entry.entity_id_to)
    throw Error(ErrorKind::internal, "a batch entry needs an id range");
  // The seq append() will give the entry: nothing else writes the trail in this transaction.
  int64_t seq = db.execAndGet("SELECT coalesce(max(seq), 0) + 1 FROM audit_log").getInt64();
  // table_of() accepts only audited entities: the name never comes from input.
  SQLite::Statement count(
      db, "SELECT count(*) FROM " + table_of(entry.entity) + " WHERE id BETWEEN ? AND ?");
  count.bind(1, *entry.entity_id);
  count.bind(2, *entry.entity_id_to);
  count.executeStep();
  BatchHash hash(count.getColumn(0).getInt64());
  // The rows' hashes are written before the entry they belong to, so their reference to it is
  // checked at commit rather than at once.
  db.exec("PRAGMA defer_foreign_keys = ON");
  HashRuns runs(db, seq, entry.entity);
  for_each_row_hash(db, entry.entity, *entry.entity_id, *entry.entity_id_to,
                    [&](int64_t id, const Digest& row_hash) {
                      hash.add(id, row_hash);
                      runs.add(id, row_hash);
                    });
  runs.flush();
  entry.row_hash_after = hash.hex_digest();
  return append(db, entry);
}

}  // namespace clerk::audit
