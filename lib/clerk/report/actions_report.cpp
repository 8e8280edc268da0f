#include "clerk/report/actions_report.hpp"

#include <map>

#include "clerk/diary/action_store.hpp"
#include "clerk/report/sections.hpp"

namespace clerk::report {

ActionFigures action_figures(Context& ctx, const Period& period, Date as_of) {
  ActionFigures out;
  std::map<std::string, OwnerActions> owners;
  diary::for_each_action(ctx.db(), {}, [&](const diary::Action& a) {
    if (a.created_on > as_of) return;
    // A cancelled action was never done: it leaves the figures from the day it was cancelled.
    if (a.cancelled_on && *a.cancelled_on <= as_of) return;
    // An owner outside the office is shown as such ("Chief Constable (contact)").
    auto& o = owners[a.owner_label()];
    o.owner = a.owner_label();
    const bool open = !a.done_on || *a.done_on > as_of;
    if (a.done_on && period.contains(*a.done_on)) ++o.done, ++out.total.done;
    if (!open) return;
    ++o.open, ++out.total.open;
    if (a.due_on < as_of) {
      ++o.overdue, ++out.total.overdue;
      out.overdue.push_back(a);
    }
  });
  for (auto& [login, o] : owners) out.by_owner.push_back(o);
  // for_each_action streams by due date, then id: the overdue list is already oldest first.
  return out;
}

render::Table overdue_actions_table(const std::vector<diary::Action>& overdue, Date as_of,
                                    size_t limit) {
  using render::Kind;
  render::Table t{{{"id", "Id", Kind::integer},
                   {"owner", "Owner", Kind::text},
                   {"due", "Due", Kind::date},
                   {"days_overdue", "Days over", Kind::integer},
                   {"case", "Case", Kind::text},
                   {"text", "Action", Kind::text}},
                  {}};
  const size_t n = limit ? std::min(limit, overdue.size()) : overdue.size();
  for (size_t i = 0; i < n; ++i) {
    const auto& a = overdue[i];
    t.rows.push_back({a.id, a.owner_label(), a.due_on, int64_t{a.due_on.days_until(as_of)},
                      a.case_ref.empty() ? render::Cell{} : render::Cell{a.case_ref}, a.text});
  }
  return t;
}

void add_actions(render::Document& doc, const ActionFigures& f, Date as_of, size_t limit,
                 bool list_overdue) {
  using render::Kind;
  doc.blocks.emplace_back(RecordBuilder{}
                              .add("open", "Open", Kind::integer, f.total.open)
                              .add("overdue", "Overdue", Kind::integer, f.total.overdue)
                              .add("done", "Done in period", Kind::integer, f.total.done)
                              .section("actions_summary", "Actions"));
  render::Table owners{{{"owner", "Owner", Kind::text},
                        {"open", "Open", Kind::integer},
                        {"overdue", "Overdue", Kind::integer},
                        {"done", "Done in period", Kind::integer}},
                       {}};
  for (const auto& o : f.by_owner) owners.rows.push_back({o.owner, o.open, o.overdue, o.done});
  section(doc, "actions_by_owner", "By owner", std::move(owners));
  if (!list_overdue) return;
  section(doc, "overdue_actions", "Overdue actions",
          overdue_actions_table(f.overdue, as_of, limit));
  if (limit && f.overdue.size() > limit)
    paragraph(doc, "… and " + std::to_string(f.overdue.size() - limit) +
                       " more overdue actions (--limit 0 lists all).");
}

}  // namespace clerk::report
