#include "clerk/diary/action_ops.hpp"

#include <charconv>

#include "clerk/core/error.hpp"
#include "clerk/core/text.hpp"
#include "clerk/db/write.hpp"
#include "clerk/diary/action_store.hpp"
#include "clerk/diary/case_link.hpp"
#include "clerk/diary/event_store.hpp"
#include "clerk/people/staff_ops.hpp"

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

}  // namespace

Action add_action(Context& ctx, const ActionInput& in) {
  Action a;
  a.text = std::string(text::trim(in.text));
  if (a.text.empty()) throw Error(ErrorKind::bad_data, "the action needs some text").field("text");
  if (!text::valid_utf8(a.text))
    throw Error(ErrorKind::bad_data, "text is not valid UTF-8").field("text");
  a.owner_id = owner_id(ctx, in.owner, "owner");
  a.due_on = ctx.parse_date(in.due, "due");
  a.created_on = ctx.today();
  if (in.case_ref) {
    if (text::trim(*in.case_ref).empty())
      throw Error(ErrorKind::bad_data, "a case reference is empty").field("case");
    a.case_ref = case_reference(ctx, std::string(text::trim(*in.case_ref)));
  }
  return db::write(ctx.write_context(), [&](db::Writer& w) {
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

void for_each_action(Context& ctx, const ActionListInput& in,
                     const std::function<void(const Action&)>& each) {
  ActionFilter f;
  if (in.owner) f.owner_id = owner_id(ctx, *in.owner, "owner");
  f.open_only = in.open;
  if (in.overdue) f.due_before = ctx.today();
  for_each_action(ctx.db(), f, each);
}

Action complete_action(Context& ctx, std::string_view id_text, const std::string& note) {
  int64_t id = parse_id(id_text, "an action id", "id");
  return db::write(ctx.write_context(), [&](db::Writer& w) {
    auto a = find_action(w.db(), id);
    if (!a) throw Error(ErrorKind::missing, "no action with id " + std::to_string(id)).field("id");
    if (a->done_on)
      throw Error(ErrorKind::bad_data,
                  "action " + std::to_string(id) + " was done on " + a->done_on->iso())
          .field("id");
    a->done_on = ctx.today();
    a->done_note = std::string(text::trim(note));
    auto before = w.before("diary_action", id);
    update_action(w.db(), *a);
    w.updated(before, "done");
    return *a;
  });
}

std::vector<render::Column> action_columns() {
  using render::Kind;
  return {{"id", "ID", Kind::integer},           {"text", "Action", Kind::text},
          {"owner", "Owner", Kind::text},        {"due_on", "Due", Kind::date},
          {"overdue", "Overdue", Kind::boolean}, {"meeting", "Meeting", Kind::integer},
          {"case", "Case", Kind::text},          {"done_on", "Done", Kind::date},
          {"note", "Note", Kind::text}};
}

std::vector<render::Cell> action_cells(const Action& a, Date today) {
  auto opt = [](const std::string& s) { return s.empty() ? render::Cell() : render::Cell(s); };
  return {a.id,
          a.text,
          a.owner_login,
          a.due_on,
          a.overdue(today),
          a.event_id ? render::Cell(*a.event_id) : render::Cell(),
          opt(a.case_ref),
          a.done_on ? render::Cell(*a.done_on) : render::Cell(),
          opt(a.done_note)};
}

}  // namespace clerk::diary
