#include "clerk/trail/recorded_hashes.hpp"

#include <cstdint>

#include "clerk/trail/trail.hpp"

namespace clerk::trail {

RecordedHashes::RecordedHashes(db::Connection& db, const std::string& entity)
    : single_(db, R"(
        SELECT entity_id, seq, row_hash_after FROM audit_log
        WHERE entity = ? AND entity_id IS NOT NULL AND entity_id_to IS NULL
        ORDER BY entity_id, seq)"),
      legacy_(db, R"(
        SELECT entity_id, seq, row_hash FROM audit_batch_row WHERE entity = ?
        ORDER BY entity_id, seq)"),
      runs_(db, R"(
        SELECT first_id, seq, last_id, hashes FROM audit_batch_hashes WHERE entity = ?
        ORDER BY first_id, seq)") {
  for (db::Statement* q : {&single_, &legacy_, &runs_}) {
    q->read_in_batches();
    q->bind(1, entity);
  }
  single_more_ = single_.step();
  legacy_more_ = legacy_.step();
  runs_more_ = runs_.step();
}

bool RecordedHashes::next(Latest& out) {
  std::optional<int64_t> id = lowest_id();
  if (!id) return false;
  out = Latest{*id, -1, std::nullopt};
  auto consider = [&out](int64_t seq, std::optional<Digest> hash) {
    if (seq > out.seq) {
      out.seq = seq;
      out.hash = hash;
    }
  };
  while (single_more_ && single_r_.int64(0) == *id) {
    consider(single_r_.int64(1), digest_from_hex(single_r_.text(2)));
    single_more_ = single_.step();
  }
  while (legacy_more_ && legacy_r_.int64(0) == *id) {
    consider(legacy_r_.int64(1), digest_from_hex(legacy_r_.text(2)));
    legacy_more_ = legacy_.step();
  }
  open_runs_starting_by(*id);
  while (!open_.empty() && open_.top().id == *id) {
    Run run = open_.top();
    open_.pop();
    consider(run.seq, digest_from_bytes(run.hashes.substr(size_t(run.id - run.first) * 32, 32)));
    if (run.id < run.last) {
      ++run.id;
      open_.push(std::move(run));
    }
  }
  return true;
}

void RecordedHashes::open_runs_starting_by(int64_t id) {
  while (runs_more_ && runs_r_.int64(0) <= id) {
    Run run{runs_r_.int64(0), runs_r_.int64(1), runs_r_.int64(0), runs_r_.int64(2),
            std::string(runs_r_.blob(3))};
    // A run whose blob does not match its range was altered (verify_batches says so): only the
    // records its blob covers are taken from it, so a forged range cannot make this read past
    // the blob, allocate for it or overflow.
    const auto count = int64_t(run.hashes.size() / 32);
    if (count > 0 && run.first <= INT64_MAX - (count - 1)) {
      if (!run_matches(run.first, run.last, run.hashes.size())) run.last = run.first + count - 1;
      open_.push(std::move(run));
    }
    runs_more_ = runs_.step();
  }
}

std::optional<int64_t> RecordedHashes::lowest_id() {
  std::optional<int64_t> low;
  auto take = [&low](int64_t id) {
    if (!low || id < *low) low = id;
  };
  if (single_more_) take(single_r_.int64(0));
  if (legacy_more_) take(legacy_r_.int64(0));
  if (runs_more_) take(runs_r_.int64(0));
  if (!open_.empty()) take(open_.top().id);
  return low;
}

}  // namespace clerk::trail
