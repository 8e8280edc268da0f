#include "clerk/diary/action_ops.hpp"

#include <charconv>

#include "clerk/core/error.hpp"
#include "clerk/core/text.hpp"
#include "clerk/diary/action_store.hpp"
#include "clerk/diary/action_visibility.hpp"
#include "clerk/diary/case_link.hpp"
#include "clerk/diary/event_store.hpp"
#include "clerk/people/contact_ops.hpp"
#include "clerk/people/staff_ops.hpp"
#include "clerk/trail/write.hpp"

namespace clerk::diary {
namespace {

int64_t parse_id(std::string_view text, std::string_view what, std::string_view field) {
  if (auto id = text::parse_id(text::trim(text))) return *id;
  throw Error(ErrorKind::bad_data, "'" + std::string(text) + "' is not " + std::string(what))
      .field(std::string(field));
}

int64_t owner_id(Context& ctx, const std::string& login, std::string_view field) {
  try {
    return people::get_staff(ctx, text::trim(login)).id;
  } catch (Error& e) {
    throw std::move(e.field(std::string(field)));
  }
}

std::string action_text(const std::string& typed) {
  std::string t(text::trim(typed));
  if (t.empty()) throw Error(ErrorKind::bad_data, "the action needs some text").field("text");
  if (!text::valid_utf8(t))
    throw Error(ErrorKind::bad_data, "text is not valid UTF-8").field("text");
  return t;
}

// Sets the owner from --owner (staff) or --owner-contact (someone outside the office); an
// action has exactly one.
void set_owner(Context& ctx, Action& a, const std::optional<std::string>& login,
               const std::optional<std::string>& contact) {
  if (login && contact)
    throw Error(ErrorKind::usage, "give --owner (staff) or --owner-contact, not both")
        .field("owner-contact");
  if (login) {
    a.owner_id = owner_id(ctx, *login, "owner");
    a.owner_contact_id.reset();
  } else if (contact) {
    a.owner_contact_id = people::resolve_contact(ctx, text::trim(*contact), "owner-contact").id;
    a.owner_id = 0;
  }
}

// An action that can still change, and that the acting member of staff may change: not done,
// not cancelled, and theirs when their role works only on their own.
Action open_action(Context& ctx, int64_t id) {
  auto a = find_action(ctx.db(), id);
  if (!a) throw Error(ErrorKind::missing, "no action with id " + std::to_string(id)).field("id");
  require_own(ctx, *a);
  if (a->done_on)
    throw Error(ErrorKind::bad_data,
                "action " + std::to_string(id) + " was done on " + a->done_on->iso())
        .field("id");
  if (a->cancelled_on)
    throw Error(ErrorKind::bad_data,
                "action " + std::to_string(id) + " was cancelled on " + a->cancelled_on->iso())
        .field("id");
  return *a;
}

}  // namespace

Action add_action(Context& ctx, const ActionInput& in) {
  Action a;
  a.text = action_text(in.text);
  if (!in.owner && !in.owner_contact)
    throw Error(ErrorKind::usage, "give --owner (staff login) or --owner-contact (contact)")
        .field("owner");
  set_owner(ctx, a, in.owner, in.owner_contact);
  require_own(ctx, a);
  a.due_on = ctx.parse_date(in.due, "due");
  a.created_on = ctx.today();
  if (in.case_ref) {
    if (text::trim(*in.case_ref).empty())
      throw Error(ErrorKind::bad_data, "a case reference is empty").field("case");
    a.case_ref = case_reference(ctx, std::string(text::trim(*in.case_ref)));
  }
  return trail::write(ctx.write_context(), [&](trail::Writer& w) {
    if (in.meeting) {
      int64_t id = parse_id(*in.meeting, "an event id", "meeting");
      if (!find_event(w.db(), id))
        throw Error(ErrorKind::missing, "no event with id " + std::to_string(id)).field("meeting");
      a.event_id = id;
    }
    a.id = insert_action(w.db(), a);
    w.inserted("diary_action", a.id);
    return *find_action(w.db(), a.id);
  });
}

ActionFilter action_filter(Context& ctx, const ActionListInput& in) {
  ActionFilter f;
  if (in.owner) f.owner_id = owner_id(ctx, *in.owner, "owner");
  f.open_only = in.open;
  if (in.overdue) f.due_before = ctx.today();
  limit_to_own(ctx, f);
  return f;
}

void for_each_action(Context& ctx, const ActionFilter& filter,
                     const std::function<void(const Action&)>& each) {
  for_each_action(ctx.db(), filter, each);
}

Action complete_action(Context& ctx, std::string_view id_text, const std::string& note) {
  int64_t id = parse_id(id_text, "an action id", "id");
  return trail::write(ctx.write_context(), [&](trail::Writer& w) {
    Action a = open_action(ctx, id);
    a.done_on = ctx.today();
    a.done_note = std::string(text::trim(note));
    auto before = w.before("diary_action", id);
    update_action(w.db(), a);
    w.updated(before, "done");
    return a;
  });
}

Action edit_action(Context& ctx, std::string_view id_text, const ActionEdit& edit) {
  int64_t id = parse_id(id_text, "an action id", "id");
  if (!edit.text && !edit.owner && !edit.owner_contact && !edit.due)
    throw Error(ErrorKind::usage, "give what to change: --text, --owner, --owner-contact or --due")
        .field("id");
  return trail::write(ctx.write_context(), [&](trail::Writer& w) {
    Action a = open_action(ctx, id);
    if (edit.text) a.text = action_text(*edit.text);
    set_owner(ctx, a, edit.owner, edit.owner_contact);
    if (edit.owner || edit.owner_contact) {
      Action handed = a;
      handed.id = 0;  // asks "may they give it to this owner?"
      require_own(ctx, handed);
    }
    if (edit.due) a.due_on = ctx.parse_date(*edit.due, "due");
    auto before = w.before("diary_action", id);
    update_action(w.db(), a);
    w.updated(before, "edit");
    return *find_action(w.db(), id);
  });
}

Action cancel_action(Context& ctx, std::string_view id_text, const std::string& reason) {
  int64_t id = parse_id(id_text, "an action id", "id");
  std::string why(text::trim(reason));
  if (why.empty()) throw Error(ErrorKind::bad_data, "give the reason").field("reason");
  if (!text::valid_utf8(why))
    throw Error(ErrorKind::bad_data, "text is not valid UTF-8").field("reason");
  return trail::write(ctx.write_context(), [&](trail::Writer& w) {
    Action a = open_action(ctx, id);
    a.cancelled_on = ctx.today();
    a.cancel_reason = why;
    auto before = w.before("diary_action", id);
    update_action(w.db(), a);
    w.updated(before, "cancel");
    return a;
  });
}

}  // namespace clerk::diary
