#include "clerk/casework/case_tables.hpp"

#include "clerk/access/access.hpp"
#include "clerk/casework/case_deadlines.hpp"
#include "clerk/casework/case_ops.hpp"
#include "clerk/people/contact_ops.hpp"
#include "clerk/people/staff_store.hpp"
#include "clerk/render/record_builder.hpp"

namespace clerk::casework {

std::vector<render::Column> case_columns(bool with_snippet) {
  using render::Kind;
  // A printed list too wide for its page leaves out, first, what the page says anyway (its
  // marking heads every page) or what the due date implies, and keeps the reference, status,
  // subject, contact and due date (render::Column::drop).
  std::vector<render::Column> cols = {{"ref", "Ref", Kind::text},
                                      {"type", "Type", Kind::text, 1},
                                      {"status", "Status", Kind::text},
                                      {"priority", "Priority", Kind::text, 6},
                                      {"category", "Category", Kind::text, 4},
                                      {"subject", "Subject", Kind::text},
                                      {"contact", "Contact", Kind::text},
                                      {"assignee", "Assignee", Kind::text, 2},
                                      {"received_on", "Received", Kind::date, 3},
                                      {"due_on", "Due", Kind::date},
                                      {"due", "Next", Kind::text, 5},
                                      {"overdue", "Overdue", Kind::boolean, 7},
                                      {"marking", "Marking", Kind::text, 8, true}};
  if (with_snippet) cols.push_back({"snippet", "Match", Kind::text});
  return cols;
}

std::vector<render::Cell> case_cells(const CaseRow& r, Date today, bool with_snippet) {
  auto text_or_blank = [](const std::string& s) {
    return s.empty() ? render::Cell() : render::Cell(s);
  };
  render::Cell due = r.next_due_on ? render::Cell(*r.next_due_on) : render::Cell();
  std::string next = r.paused ? "clock stopped" : r.next_due_kind;
  bool overdue = r.next_due_on && *r.next_due_on < today;
  std::vector<render::Cell> cells = {r.c.ref,
                                     word(r.c.type),
                                     word(r.c.status),
                                     word(r.c.priority),
                                     r.c.category,
                                     r.c.subject,
                                     r.contact_name,
                                     text_or_blank(r.assignee_login),
                                     r.c.received_on,
                                     due,
                                     text_or_blank(next),
                                     overdue,
                                     word(r.c.marking)};
  if (with_snippet) cells.push_back(r.snippet);
  return cells;
}

render::Table signpost_table(Context& ctx, const std::string& category) {
  require_category(ctx, category);
  using render::Kind;
  render::Table t;
  t.columns = {{"category", "Category", Kind::text},
               {"name", "Service", Kind::text},
               {"phone", "Phone", Kind::text},
               {"web", "Web", Kind::text},
               {"notes", "Notes", Kind::text}};
  for (const auto& s : ctx.config().signposting)
    if (s.category == category) t.rows.push_back({s.category, s.name, s.phone, s.web, s.notes});
  return t;
}

render::Document case_document(Context& ctx, std::string_view ref) {
  refresh_deadlines_if_stale(ctx);
  Case c = resolve_case(ctx, ref);
  people::Contact contact = people::resolve_contact(ctx, std::to_string(c.contact_id));
  bool paused = false;
  for (const auto& p : pauses(ctx.db(), c.id)) paused = paused || !p.pause.resumed_on;
  std::optional<Deadlines> d = deadlines_of(ctx, ctx.db(), c);

  using render::Kind;
  auto opt_date = [](const std::optional<Date>& v) {
    return v ? render::Cell(*v) : render::Cell();
  };
  auto opt_text = [](const std::string& s) { return s.empty() ? render::Cell() : render::Cell(s); };
  render::Section record =
      render::RecordBuilder{}
          .add("ref", "Ref", Kind::text, c.ref)
          .add("subject", "Subject", Kind::text, c.subject)
          .add("type", "Type", Kind::text, word(c.type))
          .add("status", "Status", Kind::text, word(c.status))
          .add("outcome", "Outcome", Kind::text,
               c.outcome ? render::Cell(word(*c.outcome)) : render::Cell())
          .add("priority", "Priority", Kind::text, word(c.priority))
          .add("category", "Category", Kind::text, c.category)
          .add("channel", "Channel", Kind::text, word(c.channel))
          .add("marking", "Marking", Kind::text, word(c.marking))
          .add("contact", "Contact", Kind::text, contact.name)
          .add("contact_id", "Contact ID", Kind::integer, contact.id)
          .add("contact_address", "Address", Kind::text, opt_text(contact.address))
          .add("contact_email", "Email", Kind::text, opt_text(contact.email))
          .add("contact_phone", "Phone", Kind::text, opt_text(contact.phone))
          .add("assignee", "Assignee", Kind::text,
               opt_text(people::staff_login(ctx.db(), c.assignee_id)))
          .add("body", "With", Kind::text, opt_text(c.body))
          .add("awaiting_on", "Awaiting", Kind::text, opt_text(c.awaiting_on))
          .add("follow_up_on", "Follow up", Kind::date, opt_date(c.follow_up_on))
          .add("received_on", "Received", Kind::date, c.received_on)
          .add("acknowledged_on", "Acknowledged", Kind::date, opt_date(c.acknowledged_on))
          .add("ack_due_on", "Acknowledge by", Kind::date,
               d ? opt_date(d->ack_due) : render::Cell())
          .add("due_on", "Respond by", Kind::date,
               d ? render::Cell(d->response_due) : render::Cell())
          .add("clock_stopped", "Clock stopped", Kind::boolean, paused)
          .add("extension_months", "Extended (months)", Kind::integer, int64_t(c.extension_months))
          .add("escalated_on", "Escalated", Kind::date, opt_date(c.escalated_on))
          .add("closed_on", "Closed", Kind::date, opt_date(c.closed_on))
          .section("case", "Case");

  render::Section events{"timeline", "Timeline", {}, false};
  events.table.columns = {{"date", "Date", Kind::date},
                          {"kind", "Kind", Kind::text},
                          {"direction", "In/out", Kind::text},
                          {"channel", "Channel", Kind::text},
                          {"party", "With", Kind::text},
                          {"text", "What", Kind::text},
                          {"by", "By", Kind::text}};
  for (const auto& e : timeline(ctx.db(), c.id))
    events.table.rows.push_back({e.on_date, e.kind, opt_text(e.direction), opt_text(e.channel),
                                 opt_text(e.party), e.text, e.actor});

  render::Section signposts{"signposting", "Signposting: " + c.category,
                            signpost_table(ctx, c.category), false};

  render::Document doc;
  doc.title = c.ref + ": " + c.subject;
  doc.marking = word(c.marking);
  doc.blocks = {record, events, signposts};
  access::record_access(ctx, "case show", "case " + c.ref, {c.contact_id});
  return doc;
}

}  // namespace clerk::casework
