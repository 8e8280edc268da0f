#include "clerk/casework/case_deadlines.hpp"

#include <fmt/format.h>

#include "clerk/casework/case_store.hpp"
#include "clerk/core/sha256.hpp"
#include "clerk/db/connection.hpp"
#include "clerk/db/sqlite_error.hpp"

namespace clerk::casework {

std::optional<Deadlines> load_deadlines(Context& ctx, db::Connection& db, const Case& c) {
  std::vector<Pause> ps;
  for (const auto& p : pauses(db, c.id)) ps.push_back(p.pause);
  return deadlines_in_force(c, ps, ctx.config().targets, ctx.calendar(),
                            ctx.config().holidays.nation, ctx.today());
}

void warn_if_provisional(Context& ctx, Date due) {
  ctx.warn_once(fmt::format(
      "deadlines in {} are counted with provisional bank holidays (computed from the rules, not "
      "yet on GOV.UK's list); load the official list with `clerk config holidays import` when it "
      "is published",
      due.year()));
}

std::optional<Deadlines> deadlines_of(Context& ctx, db::Connection& db, const Case& c) {
  auto d = load_deadlines(ctx, db, c);
  if (d && d->provisional) warn_if_provisional(ctx, d->response_due);
  return d;
}

void refresh_deadlines_if_stale(Context& ctx) {
  // The fingerprint covers everything deadlines depend on but the cases themselves.
  const auto& t = ctx.config().targets;
  Sha256 h;
  // v2: closures no longer count for FOI and SAR, and a SAR's stopped days come before the
  // working-day shift; stored deadlines from v1 are recomputed.
  h.update(fmt::format("v2|{}|{},{},{},{},{},{},{},{},{},{}|", word(ctx.config().holidays.nation),
                       t.enquiry_acknowledge, t.enquiry_respond, t.casework_acknowledge,
                       t.casework_respond, t.complaint_acknowledge, t.complaint_stage1,
                       t.complaint_stage2, t.foi_respond, t.sar_months,
                       t.sar_max_extension_months));
  Date from = *Date::from_ymd(ctx.today().year() - 8, 1, 1),
       to = *Date::from_ymd(ctx.today().year() + 3, 12, 31);
  for (Nation n : {Nation::england_and_wales, Nation::scotland, Nation::northern_ireland})
    for (const auto& hol : ctx.calendar().list(n, from, to)) h.update(hol.date.iso() + hol.source);
  std::string fingerprint = h.hex_digest();
  if (stored_deadline_fingerprint(ctx.db()) == fingerprint) return;
  // Derived data only: rebuilt from audited records, so written without audit entries.
  try {
    db::Transaction tx(ctx.db(), db::TransactionKind::write);
    if (stored_deadline_fingerprint(ctx.db()) != fingerprint) {
      std::vector<std::pair<int64_t, std::optional<Deadlines>>> updates;
      for_each_open_case(ctx.db(), [&](const Case& c, const std::vector<Pause>& ps) {
        updates.emplace_back(c.id, deadlines_in_force(c, ps, ctx.config().targets, ctx.calendar(),
                                                      ctx.config().holidays.nation, ctx.today()));
      });
      for (const auto& [id, d] : updates) store_deadline(ctx.db(), id, d);
      store_deadline_fingerprint(ctx.db(), fingerprint);
    }
    tx.commit();
  } catch (const SQLite::Exception& e) {
    throw db::translate(e);
  }
}

}  // namespace clerk::casework
