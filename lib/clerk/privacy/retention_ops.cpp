#include "clerk/privacy/retention_ops.hpp"

#include <set>

#include "clerk/access/access_store.hpp"
#include "clerk/core/json_text.hpp"
#include "clerk/db/erasure.hpp"
#include "clerk/db/sqlite_error.hpp"
#include "clerk/people/contact_merge_store.hpp"
#include "clerk/people/staff_ops.hpp"
#include "clerk/trail/row_image.hpp"
#include "clerk/trail/write.hpp"

namespace clerk::privacy {
namespace {

std::string access_cutoff(const RetentionCutoffs& c) {
  return c.access_before.iso() + "T00:00:00Z";
}

// Values shorter than this are not hunted in the trail: they would match unrelated entries.
constexpr size_t kShortest = 4;

}  // namespace

RetentionPlan plan_retention(Context& ctx) {
  RetentionPlan plan;
  plan.cutoffs = retention_cutoffs(ctx.config().retention, ctx.today());
  auto& db = ctx.db();
  auto cases = due_cases(db, plan.cutoffs.cases_closed_before);
  auto expenses = due_expenses(db, plan.cutoffs.expenses_dated_up_to);
  auto events = due_diary_events(db, plan.cutoffs.diary_ended_before);
  std::vector<int64_t> case_ids, event_ids;
  for (const auto& r : cases) case_ids.push_back(r.id);
  for (const auto& r : events) event_ids.push_back(r.id);
  auto contacts = due_contacts(db, case_ids, event_ids);
  for (auto* list : {&cases, &expenses, &events, &contacts})
    plan.records.insert(plan.records.end(), list->begin(), list->end());
  plan.access_entries = access::count_access_before(db, access_cutoff(plan.cutoffs));
  return plan;
}

RetentionResult apply_retention(Context& ctx) {
  people::require_admin(ctx, "applying retention");
  RetentionResult result;
  result.plan = plan_retention(ctx);
  if (result.plan.empty()) return result;
  auto& db = ctx.db();
  // Freed space is zeroed, not left holding what was erased.
  db::zero_freed_space(db);
  // Where erased text was: each table a record came from, the trail, the search index and the
  // access log.
  std::set<std::string> tables = {"audit_log", "audit_payload", "case_fts", "access_log",
                                  "access_log_contact"};
  trail::write(ctx.write_context(), [&](trail::Writer& w) {
    const RetentionPlan& plan = result.plan = plan_retention(ctx);  // as of this transaction
    int64_t first_new = db.query_int("SELECT coalesce(max(seq), 0) + 1 FROM audit_log");
    std::set<std::pair<std::string, int64_t>> done;
    std::set<std::string> values;
    std::set<int64_t> seqs;
    auto take = [&](const std::string& entity, int64_t id) {
      if (!done.insert({entity, id}).second) return;
      tables.insert(trail::table_of(entity));
      bool remove = retention_deletes(entity);
      for (auto& v : personal_values(db, entity, id))
        if (v.size() >= kShortest && v != kErased) values.insert(v);
      for (int64_t seq : entries_about(db, entity, id)) seqs.insert(seq);
      if (remove)
        delete_row(db, entity, id);
      else
        erase_fields(db, entity, id);
      w.anonymised(entity, id, remove ? "erase" : "anonymise");
      ++result.rows_changed;
    };
    for (const auto& r : plan.records) {
      if (r.entity == "case") {
        for (int64_t id : ids_where(db, "case_event", "case_id", r.id)) take("case_event", id);
        for (int64_t id : ids_where(db, "case_pause", "case_id", r.id)) take("case_pause", id);
        for (int64_t id : ids_where(db, "diary_action", "case_ref", r.ref))
          take("diary_action", id);
      } else if (r.entity == "diary_event") {
        for (int64_t id : ids_where(db, "diary_event_attendee", "event_id", r.id))
          take("diary_event_attendee", id);
        for (int64_t id : ids_where(db, "diary_action", "event_id", r.id)) take("diary_action", id);
        for (int64_t id : ids_where(db, "diary_papers", "event_id", r.id)) take("diary_papers", id);
      }
      take(r.entity, r.id);
      if (r.entity == "contact") {
        // Contacts merged into this one are gone, but the trail's entries about them still
        // hold their details: those entries go, and copies of those details are hunted too.
        for (int64_t merged : people::contact_and_merged_ids(db, r.id)) {
          if (merged == r.id) continue;
          for (auto& v : personal_values_in_trail(db, "contact", merged))
            if (v.size() >= kShortest && v != kErased) values.insert(v);
          for (int64_t seq : entries_about(db, "contact", merged)) seqs.insert(seq);
        }
      }
    }
    // Copies of the erased text elsewhere in the trail: command lines that typed it, images of
    // other rows that held it. JSON payloads hold it escaped.
    std::vector<std::string> forms;
    for (const auto& v : values) {
      forms.push_back(v);
      std::string escaped = json::quoted(v);
      escaped = escaped.substr(1, escaped.size() - 2);
      if (escaped != v) forms.push_back(escaped);
    }
    for (int64_t seq : entries_mentioning(db, forms, first_new)) seqs.insert(seq);
    for (int64_t seq : seqs) {
      ++result.entries_redacted;
      if (!redact_entry(db, seq)) ++result.commands_kept;
    }
    int64_t access = access::delete_access_before(db, access_cutoff(plan.cutoffs));
    optimise_search_index(db);
    w.event("retention", "database",
            "{\"records\":" + std::to_string(plan.records.size()) +
                ",\"rows_changed\":" + std::to_string(result.rows_changed) +
                ",\"entries_redacted\":" + std::to_string(result.entries_redacted) +
                ",\"access_log_deleted\":" + std::to_string(access) + "}");
  });
  try {
    db::reclaim_erased_space(db, tables);
  } catch (const SQLite::Exception& e) {
    throw db::translate(e, ctx.options().db_path.string());
  }
  return result;
}

}  // namespace clerk::privacy
