#include "clerk/audit/verify_ops.hpp"

#include <fmt/format.h>

namespace clerk::audit {

render::Table findings_table(const trail::VerifyReport& report) {
  using render::Kind;
  render::Table t;
  t.columns = {{"check", "Check", Kind::text},
               {"seq", "Entry", Kind::integer},
               {"entity", "Record", Kind::text},
               {"entity_id", "ID", Kind::integer},
               {"problem", "Problem", Kind::text}};
  for (const auto& f : report.findings) {
    t.rows.push_back({f.check, f.seq ? render::Cell(*f.seq) : render::Cell(), f.entity,
                      f.entity_id ? render::Cell(*f.entity_id) : render::Cell(), f.problem});
  }
  return t;
}

std::vector<std::string> summary_lines(const trail::VerifyReport& r) {
  std::vector<std::string> out;
  out.push_back(fmt::format("checked {} audit entries ({} redacted) and {} records", r.entries,
                            r.redacted, r.rows_checked));
  if (r.head_seq > 0)
    out.push_back(fmt::format("head of the trail: entry {} {}", r.head_seq, r.head_hash));
  if (r.ok())
    out.push_back("ok: the trail is intact and every record matches it");
  else if (r.finding_count > int64_t(r.findings.size()))
    out.push_back(
        fmt::format("{} problems; the first {} are listed", r.finding_count, r.findings.size()));
  if (!r.checkpoint_note.empty())
    out.push_back(r.checkpoint_note);
  else
    out.push_back(
        "cannot rule out: removal of the newest entries together with the records they made; "
        "keep a checkpoint of the head elsewhere to detect that");
  return out;
}

}  // namespace clerk::audit
