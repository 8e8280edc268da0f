#include "clerk/trail/checkpoint.hpp"

#include <charconv>

#include "clerk/core/error.hpp"
#include "clerk/db/connection.hpp"
#include "clerk/trail/trail.hpp"

namespace clerk::trail {
namespace {

constexpr std::string_view kHeader = "clerk audit checkpoint v1";

bool is_hash(std::string_view s) {
  return s.size() == 64 && s.find_first_not_of("0123456789abcdef") == std::string_view::npos;
}

}  // namespace

Checkpoint take_checkpoint(db::Connection& db, std::string ts_utc) {
  Checkpoint cp;
  cp.database_id = database_id(db);
  db::Statement head(db, "SELECT seq, entry_hash FROM audit_log ORDER BY seq DESC LIMIT 1");
  if (!head.step())
    throw Error(ErrorKind::bad_data, "the audit trail is empty: nothing to checkpoint");
  cp.seq = head.column(0).int64();
  cp.hash = head.column(1).text();
  cp.ts_utc = std::move(ts_utc);
  return cp;
}

std::string format_checkpoint(const Checkpoint& cp) {
  return std::string(kHeader) + "\ndatabase: " + cp.database_id +
         "\nseq: " + std::to_string(cp.seq) + "\nhash: " + cp.hash + "\ntime: " + cp.ts_utc + "\n";
}

Checkpoint parse_checkpoint(std::string_view text, const std::string& source) {
  Checkpoint cp;
  bool seen_seq = false;
  int line_no = 0;
  auto bad = [&](const std::string& what) {
    return Error(ErrorKind::bad_data, what).source(source).line(line_no);
  };
  while (!text.empty()) {
    ++line_no;
    auto end = text.find('\n');
    std::string_view line = text.substr(0, end);
    text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line_no == 1) {
      if (line != kHeader)
        throw bad("not a clerk checkpoint (expected '" + std::string(kHeader) + "')");
      continue;
    }
    if (line.empty()) continue;
    auto colon = line.find(": ");
    if (colon == std::string_view::npos) throw bad("expected 'key: value'");
    std::string_view key = line.substr(0, colon), value = line.substr(colon + 2);
    if (key == "database") {
      cp.database_id = value;
    } else if (key == "seq") {
      auto [p, ec] = std::from_chars(value.data(), value.data() + value.size(), cp.seq);
      if (ec != std::errc() || p != value.data() + value.size() || cp.seq < 1)
        throw bad("seq: '" + std::string(value) + "' is not an entry number");
      seen_seq = true;
    } else if (key == "hash") {
      if (!is_hash(value)) throw bad("hash: not a SHA-256 in lower-case hex");
      cp.hash = value;
    } else if (key == "time") {
      cp.ts_utc = value;
    } else {
      throw bad("unknown key '" + std::string(key) + "'");
    }
  }
  if (line_no == 0) throw Error(ErrorKind::bad_data, "the checkpoint file is empty").source(source);
  for (auto [missing, name] : {std::pair{cp.database_id.empty(), "database"},
                               std::pair{!seen_seq, "seq"}, std::pair{cp.hash.empty(), "hash"}})
    if (missing)
      throw Error(ErrorKind::bad_data, std::string("the checkpoint has no '") + name + "' line")
          .source(source);
  return cp;
}

void check_against(db::Connection& db, const Checkpoint& cp, VerifyReport& report) {
  auto finding = [&](std::string problem) {
    report.add({"checkpoint", cp.seq, "", std::nullopt, std::move(problem)});
    report.checkpoint_note =
        "checkpoint: entry " + std::to_string(cp.seq) + " of " + cp.ts_utc + " does not hold";
  };
  if (database_id(db) != cp.database_id) {
    finding("the checkpoint was taken of another database (id " + cp.database_id + ")");
    return;
  }
  db::Statement q(db, "SELECT entry_hash FROM audit_log WHERE seq = ?");
  q.bind(1, cp.seq);
  if (!q.step()) {
    finding("the trail ends at entry " + std::to_string(report.head_seq) +
            " but the checkpoint holds entry " + std::to_string(cp.seq) +
            ": entries were removed after the checkpoint (truncated or rolled back)");
    return;
  }
  if (q.column(0).text() != cp.hash) {
    finding("entry differs from the checkpoint: the trail was rewritten or rolled back");
    return;
  }
  report.checkpoint_note =
      "checkpoint: entry " + std::to_string(cp.seq) + " of " + cp.ts_utc +
      " is in the trail; entries after it: " + std::to_string(report.head_seq - cp.seq);
}

}  // namespace clerk::trail
