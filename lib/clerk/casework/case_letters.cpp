#include "clerk/casework/case_letters.hpp"

#include <map>

#include "clerk/access/access.hpp"
#include "clerk/casework/case_change.hpp"
#include "clerk/casework/case_deadlines.hpp"
#include "clerk/casework/case_ops.hpp"
#include "clerk/config/config.hpp"
#include "clerk/core/error.hpp"
#include "clerk/core/text.hpp"
#include "clerk/letters/letter.hpp"
#include "clerk/people/contact_ops.hpp"
#include "clerk/people/staff_store.hpp"

namespace clerk::casework {

render::Document prepare_letter(Context& ctx, std::string_view ref,
                                const std::string& template_name) {
  refresh_deadlines_if_stale(ctx);
  Case c = resolve_case(ctx, ref);
  // Issue 14 item 12: a closing letter is what a just-closed case needs; any other letter on a
  // closed case is refused before anything is printed or logged (the access included).
  if (c.status == Status::closed && template_name != kClosingLetter)
    throw Error(ErrorKind::bad_data, "the case is closed; reopen it first, or send the '" +
                                         std::string(kClosingLetter) + "' letter")
        .record(c.ref);
  people::Contact contact = people::resolve_contact(ctx, std::to_string(c.contact_id));
  const auto& office = ctx.config().office;
  std::string signer = ctx.user();
  if (auto me = people::find_staff(ctx.db(), ctx.user())) signer = me->name;
  if (c.assignee_id) {
    db::Statement q(ctx.db(), "SELECT name FROM staff WHERE id = ?");
    q.bind(1, *c.assignee_id);
    if (q.step()) signer = q.column(0).text();
  }
  std::string due;
  if (auto d = deadlines_of(ctx, ctx.db(), c)) due = d->response_due.uk_long();
  // Issue 14 items 14 and 15: "Dear Mrs Jones", and each address line on its own line.
  std::string salutation = people::salutation_of(contact);
  std::string address = text::join(people::address_lines(contact.address), "\n");
  std::map<std::string, std::string> values = {{"office.name", office.name},
                                               {"office.address", office.address},
                                               {"office.email", office.email},
                                               {"office.phone", office.phone},
                                               {"today", ctx.today().uk_long()},
                                               {"contact.name", contact.name},
                                               {"contact.salutation", salutation},
                                               {"contact.address", address},
                                               {"contact.email", contact.email},
                                               {"case.ref", c.ref},
                                               {"case.subject", c.subject},
                                               {"case.type", word(c.type)},
                                               {"case.category", c.category},
                                               {"case.received", c.received_on.uk_long()},
                                               {"case.due", due},
                                               {"assignee.name", signer},
                                               {"marking", word(c.marking)}};
  auto dir = config::letter_directory(ctx.config(), ctx.options().config_path);
  std::string filled = letters::fill_placeholders(
      letters::letter_template(template_name, dir, word(c.type)), values, template_name);
  access::record_access(ctx, "case letter", "case " + c.ref + " letter " + template_name,
                        {c.contact_id});
  // No title: the letter is the page.
  return letters::letter_document(filled, "", word(c.marking));
}

void record_letter(Context& ctx, std::string_view ref, const std::string& template_name) {
  trail::write(ctx.write_context(), [&](trail::Writer& w) {
    CaseChange change(ctx, w, ref);
    TimelineEntry e;
    e.kind = "letter";
    e.direction = "out";
    e.channel = "letter";
    e.party = people::resolve_contact(ctx, std::to_string(change.c().contact_id)).name;
    e.text = "letter sent: " + template_name;
    e.on_date = ctx.today();
    // The closing letter of a closed case (the only letter prepare_letter allows on one) goes
    // on the timeline alone: a closed case has nothing left to acknowledge or reopen.
    if (change.c().status == Status::closed) {
      e.case_id = change.c().id;
      e.actor = ctx.user();
      w.inserted("case_event", insert_event(w.db(), e), "letter");
      return;
    }
    record_correspondence(ctx, w, change, e);
  });
}

}  // namespace clerk::casework
