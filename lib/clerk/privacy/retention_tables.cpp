#include "clerk/privacy/retention_tables.hpp"

#include <string>

namespace clerk::privacy {

render::Table retention_table(const RetentionPlan& plan) {
  using render::Kind;
  render::Table t;
  t.columns = {{"record", "Record", Kind::text},
               {"id", "ID", Kind::integer},
               {"ref", "Reference", Kind::text},
               {"date", "Date", Kind::text},
               {"action", "Action", Kind::text}};
  for (const auto& r : plan.records)
    t.rows.push_back({r.entity, r.id, r.ref, r.date.empty() ? render::Cell() : render::Cell(r.date),
                      std::string("anonymise")});
  if (plan.access_entries > 0)
    t.rows.push_back({"access_log", render::Cell(),
                      std::to_string(plan.access_entries) + " entries",
                      "before " + plan.cutoffs.access_before.iso(), std::string("delete")});
  return t;
}

}  // namespace clerk::privacy
