#include "clerk/casework/case_change.hpp"

#include "clerk/casework/case_deadlines.hpp"
#include "clerk/casework/case_ops.hpp"
#include "clerk/casework/case_visibility.hpp"
#include "clerk/core/error.hpp"
#include "clerk/core/text.hpp"
#include "clerk/people/contact_ops.hpp"

namespace clerk::casework {

CaseChange::CaseChange(Context& ctx, trail::Writer& w, std::string_view ref)
    : ctx_(ctx), w_(w), c_(resolve_case(ctx, ref)), before_(w.before("case", c_.id)) {}

void CaseChange::event(const std::string& kind, const std::string& text, Date on) {
  TimelineEntry e;
  e.case_id = c_.id;
  e.on_date = on;
  e.kind = kind;
  e.text = text;
  e.actor = ctx_.user();
  w_.inserted("case_event", insert_event(w_.db(), e));
}

Case CaseChange::save(std::string_view action) {
  require_still_visible(ctx_, c_);
  update_case(w_.db(), c_);
  w_.updated(before_, action);
  store_deadline(w_.db(), c_.id, deadlines_of(ctx_, w_.db(), c_));
  return c_;
}

TimelineEntry record_correspondence(Context& ctx, trail::Writer& w, CaseChange& change,
                                    TimelineEntry e) {
  Case& c = change.c();
  if (c.status == Status::closed)
    throw Error(ErrorKind::bad_data, "the case is closed; reopen it first").record(c.ref);
  std::string contact = people::resolve_contact(ctx, std::to_string(c.contact_id)).name;
  if (e.party.empty()) e.party = contact;
  bool to_contact = text::lower(text::trim(e.party)) == text::lower(text::trim(contact));
  e.case_id = c.id;
  e.actor = ctx.user();
  e.id = insert_event(w.db(), e);
  w.inserted("case_event", e.id, e.kind == "letter" ? "letter" : "log");
  bool changed = false;
  if (e.direction == "out" && to_contact && !c.acknowledged_on) {
    c.acknowledged_on = e.on_date;
    changed = true;
  }
  if (e.direction == "in" && c.status == Status::awaiting) {
    change.event("status", "awaiting → open: reply from " + e.party, e.on_date);
    c.status = target(Move::reply);
    c.awaiting_on.clear();
    c.follow_up_on.reset();
    changed = true;
  }
  if (changed) change.save("log");
  return e;
}

}  // namespace clerk::casework
