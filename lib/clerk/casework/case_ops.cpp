#include "clerk/casework/case_ops.hpp"

#include <SQLiteCpp/Transaction.h>

#include <charconv>

#include <fmt/format.h>

#include "clerk/casework/case_change.hpp"
#include "clerk/casework/case_deadlines.hpp"
#include "clerk/casework/case_visibility.hpp"
#include "clerk/core/error.hpp"
#include "clerk/core/text.hpp"
#include "clerk/people/contact_ops.hpp"
#include "clerk/people/staff_ops.hpp"
#include "clerk/people/staff_store.hpp"
#include "clerk/trail/write.hpp"

namespace clerk::casework {
namespace {

std::string required_text(const std::string& text, const char* field) {
  std::string t(text::trim(text));
  if (t.empty()) throw Error(ErrorKind::bad_data, "must not be empty").field(field);
  if (!text::valid_utf8(t))
    throw Error(ErrorKind::bad_data, "is not valid UTF-8 text").field(field);
  return t;
}

// A date people typed, which may not lie in the future (nothing is received tomorrow).
Date past_date(Context& ctx, const std::string& text, const char* field) {
  if (text.empty()) return ctx.today();
  Date d = ctx.parse_past_date(text, field);
  if (d > ctx.today())
    throw Error(ErrorKind::bad_data,
                d.iso() + " is in the future (today is " + ctx.today().iso() + ")")
        .field(field);
  return d;
}

people::Staff active_staff(Context& ctx, const std::string& login, const char* field) {
  people::Staff s = people::get_staff(ctx, login);
  if (!s.active) throw Error(ErrorKind::bad_data, "'" + login + "' is retired").field(field);
  return s;
}

}  // namespace

void require_category(Context& ctx, const std::string& category, std::string_view field) {
  const auto& cats = ctx.config().case_categories;
  if (std::find(cats.begin(), cats.end(), category) != cats.end()) return;
  throw Error(ErrorKind::bad_data,
              "'" + category + "' is not a case category; use one of " + text::join(cats, ", "))
      .field(std::string(field))
      .suggest(text::near_misses(category, cats, 1));
}

Case resolve_case(Context& ctx, std::string_view ref) {
  std::string_view key = text::trim(ref);
  std::optional<Case> found;
  if (auto r = parse_ref(key))
    found = find_case_by_ref(ctx.db(), r->first, r->second);
  else if (auto id = text::parse_id(key))
    found = find_case(ctx.db(), *id);
  else
    throw Error(ErrorKind::bad_data,
                "'" + std::string(key) + "' is not a case reference (such as C-2026-00042)")
        .field("case");
  if (!found) {
    // On a team database row-level security hides a case the reader may not see; its facts
    // say whether it is there, so that it is refused as such (77), as on a single-user file.
    std::optional<Case> facts;
    if (auto r = parse_ref(key))
      facts = find_case_facts_by_ref(ctx.db(), r->first, r->second);
    else
      facts = find_case_facts(ctx.db(), *text::parse_id(key));
    if (facts) require_visible(ctx, *facts);
    throw Error(ErrorKind::missing, "no case " + std::string(key)).field("case");
  }
  require_visible(ctx, *found);
  return *found;
}

Case open_case(Context& ctx, const OpenInput& in) {
  refresh_deadlines_if_stale(ctx);
  Case c;
  c.subject = required_text(in.subject, "subject");
  c.type = parse_word<CaseType>(in.type);
  c.channel = parse_word<Channel>(in.channel);
  c.priority = parse_word<Priority>(in.priority);
  c.marking = parse_word<Marking>(in.marking);
  require_category(ctx, in.category);
  c.category = in.category;
  c.received_on = past_date(ctx, in.received, "received");
  c.body = std::string(text::trim(in.body));
  c.contact_id = people::resolve_contact(ctx, in.contact).id;
  if (!in.assign.empty()) c.assignee_id = active_staff(ctx, in.assign, "assign").id;
  c.status = Status::open;
  return trail::write(ctx.write_context(), [&](trail::Writer& w) {
    c.ref_year = c.received_on.year();
    c.ref_seq = next_ref_seq(w.db(), c.ref_year);
    c.ref = format_ref(c.ref_year, c.ref_seq);
    c.id = insert_case(w.db(), c);
    w.inserted("case", c.id, "open");
    TimelineEntry e;
    e.case_id = c.id;
    e.on_date = c.received_on;
    e.kind = "status";
    e.channel = word(c.channel);
    e.text = fmt::format("opened: {} received by {}", word(c.type), word(c.channel));
    e.actor = ctx.user();
    w.inserted("case_event", insert_event(w.db(), e));
    store_deadline(w.db(), c.id, deadlines_of(ctx, w.db(), c));
    return c;
  });
}

TimelineEntry add_note(Context& ctx, std::string_view ref, const std::string& text) {
  std::string body = required_text(text, "text");
  return trail::write(ctx.write_context(), [&](trail::Writer& w) {
    Case c = resolve_case(ctx, ref);
    TimelineEntry e;
    e.case_id = c.id;
    e.on_date = ctx.today();
    e.kind = "note";
    e.text = body;
    e.actor = ctx.user();
    e.id = insert_event(w.db(), e);
    w.inserted("case_event", e.id, "note");
    return e;
  });
}

TimelineEntry log_correspondence(Context& ctx, std::string_view ref, const LogInput& in) {
  TimelineEntry e;
  e.direction = word(parse_word<Direction>(in.direction));
  e.channel = word(parse_word<Channel>(in.channel));
  if (!text::trim(in.party).empty()) e.party = required_text(in.party, "party");
  e.text = required_text(in.summary, "summary");
  e.on_date = past_date(ctx, in.date, "date");
  e.kind = "correspondence";
  return trail::write(ctx.write_context(), [&](trail::Writer& w) {
    CaseChange change(ctx, w, ref);
    return record_correspondence(ctx, w, change, e);
  });
}

Case assign_case(Context& ctx, std::string_view ref, const std::string& login) {
  return trail::write(ctx.write_context(), [&](trail::Writer& w) {
    people::Staff s = active_staff(ctx, login, "assignee");
    CaseChange change(ctx, w, ref);
    Case& c = change.c();
    if (c.status == Status::closed)
      throw Error(ErrorKind::bad_data, "the case is closed; reopen it first").record(c.ref);
    // Complaint handling codes: stage 2 is handled by someone other than stage 1's handler.
    if (c.type == CaseType::complaint && c.escalated_on && c.stage1_handler_id == s.id)
      throw Error(ErrorKind::not_permitted,
                  "'" + login + "' handled stage 1 of this complaint; stage 2 needs someone else")
          .record(c.ref);
    std::string from = people::staff_login(ctx.db(), c.assignee_id);
    c.assignee_id = s.id;
    change.event("assignment",
                 (from.empty() ? "assigned to " : "reassigned from " + from + " to ") + login,
                 ctx.today());
    return change.save("assign");
  });
}

Case escalate_case(Context& ctx, std::string_view ref, const std::string& assign,
                   const std::string& reason) {
  return trail::write(ctx.write_context(), [&](trail::Writer& w) {
    CaseChange change(ctx, w, ref);
    Case& c = change.c();
    require_move(c, Move::escalate);
    std::optional<people::Staff> handler;
    if (!assign.empty()) handler = active_staff(ctx, assign, "assign");
    if (c.type == CaseType::complaint) {
      if (!c.assignee_id && !handler)
        throw Error(ErrorKind::bad_data,
                    "a complaint goes to stage 2 with a named handler: give --assign")
            .record(c.ref);
      c.stage1_handler_id = c.assignee_id;
      int64_t stage2 = handler ? handler->id : *c.assignee_id;
      if (c.stage1_handler_id && stage2 == *c.stage1_handler_id)
        throw Error(ErrorKind::not_permitted,
                    "stage 2 of a complaint must be handled by someone other than the "
                    "stage 1 handler (" +
                        people::staff_login(ctx.db(), c.stage1_handler_id) + "); give --assign")
            .record(c.ref);
    }
    std::string from = word(c.status);
    c.status = target(Move::escalate);
    c.escalated_on = ctx.today();
    c.awaiting_on.clear();
    c.follow_up_on.reset();
    std::string text = from + " → escalated" + (reason.empty() ? "" : ": " + reason);
    if (c.type == CaseType::complaint) text += " (stage 2)";
    change.event("status", text, ctx.today());
    if (handler && handler->id != c.assignee_id.value_or(0)) {
      change.event("assignment", "assigned to " + handler->login, ctx.today());
      c.assignee_id = handler->id;
    }
    return change.save("escalate");
  });
}

Case wait_on(Context& ctx, std::string_view ref, const std::string& body,
             const std::string& until) {
  std::string on = required_text(body, "on");
  if (until.empty()) throw Error(ErrorKind::bad_data, "give a follow-up date").field("until");
  Date follow_up = ctx.parse_date(until, "until");
  if (follow_up < ctx.today())
    throw Error(ErrorKind::bad_data, follow_up.iso() + " is in the past").field("until");
  return trail::write(ctx.write_context(), [&](trail::Writer& w) {
    CaseChange change(ctx, w, ref);
    Case& c = change.c();
    require_move(c, Move::wait);
    change.event("status", word(c.status) + " → awaiting " + on + " until " + follow_up.iso(),
                 ctx.today());
    c.status = target(Move::wait);
    c.awaiting_on = on;
    c.follow_up_on = follow_up;
    return change.save("wait");
  });
}

Case share_case(Context& ctx, std::string_view ref, std::string_view login) {
  return trail::write(ctx.write_context(), [&](trail::Writer& w) {
    CaseChange change(ctx, w, ref);
    Case& c = change.c();
    people::Staff with = active_staff(ctx, std::string(login), "staff");
    if (is_shared_with(w.db(), c.id, with.id))
      throw Error(ErrorKind::bad_data, "already shared with " + with.login).record(c.ref);
    w.inserted("case_share", insert_share(w.db(), c.id, with.id, ctx.today()), "share");
    change.event("assignment", "shared with " + with.login + " (" + with.name + ")", ctx.today());
    return change.save("share");
  });
}

Case pause_clock(Context& ctx, std::string_view ref, const std::string& reason) {
  std::string why = required_text(reason, "reason");
  return trail::write(ctx.write_context(), [&](trail::Writer& w) {
    CaseChange change(ctx, w, ref);
    Case& c = change.c();
    if (!has_clock_stops(c.type))
      throw Error(ErrorKind::bad_data,
                  "only FOI and SAR clocks stop; this case's type is " + word(c.type))
          .record(c.ref);
    if (c.status == Status::closed)
      throw Error(ErrorKind::bad_data, "the case is closed").record(c.ref);
    for (const auto& p : pauses(w.db(), c.id))
      if (!p.pause.resumed_on)
        throw Error(ErrorKind::bad_data,
                    "the clock is already stopped (since " + p.pause.paused_on.iso() + ")")
            .record(c.ref);
    int64_t id = insert_pause(w.db(), c.id, ctx.today(), why);
    w.inserted("case_pause", id, "pause");
    change.event("pause", "clock stopped: " + why, ctx.today());
    return change.save("pause");
  });
}

Case resume_clock(Context& ctx, std::string_view ref) {
  return trail::write(ctx.write_context(), [&](trail::Writer& w) {
    CaseChange change(ctx, w, ref);
    Case& c = change.c();
    std::optional<StoredPause> open;
    for (const auto& p : pauses(w.db(), c.id))
      if (!p.pause.resumed_on) open = p;
    if (!open) throw Error(ErrorKind::bad_data, "the clock is not stopped").record(c.ref);
    auto before = w.before("case_pause", open->id);
    set_resumed(w.db(), open->id, ctx.today());
    w.updated(before, "resume");
    change.event("resume",
                 fmt::format("clock restarted after {} day(s)",
                             open->pause.paused_on.days_until(ctx.today())),
                 ctx.today());
    return change.save("resume");
  });
}

Case close_case(Context& ctx, std::string_view ref, const std::string& outcome,
                const std::string& note) {
  Outcome o = parse_word<Outcome>(outcome);
  return trail::write(ctx.write_context(), [&](trail::Writer& w) {
    CaseChange change(ctx, w, ref);
    Case& c = change.c();
    require_move(c, Move::close);
    for (const auto& p : pauses(w.db(), c.id))
      if (!p.pause.resumed_on) {
        auto before = w.before("case_pause", p.id);
        set_resumed(w.db(), p.id, ctx.today());
        w.updated(before, "close");
      }
    change.event("status",
                 word(c.status) + " → closed: " + word(o) + (note.empty() ? "" : " — " + note),
                 ctx.today());
    c.status = Status::closed;
    c.outcome = o;
    c.closed_on = ctx.today();
    c.awaiting_on.clear();
    c.follow_up_on.reset();
    return change.save("close");
  });
}

Case reopen_case(Context& ctx, std::string_view ref, const std::string& reason) {
  std::string why = required_text(reason, "reason");
  return trail::write(ctx.write_context(), [&](trail::Writer& w) {
    CaseChange change(ctx, w, ref);
    Case& c = change.c();
    require_move(c, Move::reopen);
    change.event("status", "closed → reopened: " + why, ctx.today());
    c.status = Status::reopened;
    c.reopened_on = ctx.today();
    c.outcome.reset();
    c.closed_on.reset();
    return change.save("reopen");
  });
}

Case extend_case(Context& ctx, std::string_view ref, int months, const std::string& reason) {
  std::string why = required_text(reason, "reason");
  return trail::write(ctx.write_context(), [&](trail::Writer& w) {
    CaseChange change(ctx, w, ref);
    Case& c = change.c();
    int limit = ctx.config().targets.sar_max_extension_months;
    if (c.type != CaseType::sar)
      throw Error(ErrorKind::bad_data, "only subject access requests can be extended")
          .record(c.ref);
    if (c.status == Status::closed)
      throw Error(ErrorKind::bad_data, "the case is closed").record(c.ref);
    if (months < 1 || c.extension_months + months > limit)
      throw Error(ErrorKind::bad_data,
                  fmt::format("a SAR may be extended by at most {} month(s) in all; it has {}",
                              limit, c.extension_months))
          .field("months");
    c.extension_months += months;
    change.event("extension", fmt::format("extended by {} month(s): {}", months, why), ctx.today());
    return change.save("extend");
  });
}

}  // namespace clerk::casework
