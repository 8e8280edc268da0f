#include "clerk/casework/case_ops.hpp"

#include <SQLiteCpp/Transaction.h>

#include <charconv>

#include <fmt/format.h>

#include "clerk/access/access.hpp"
#include "clerk/casework/deadline.hpp"
#include "clerk/core/error.hpp"
#include "clerk/core/sha256.hpp"
#include "clerk/core/text.hpp"
#include "clerk/db/sqlite_error.hpp"
#include "clerk/letters/letter.hpp"
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

// The deadlines in force for a case (deadlines_in_force), from its stored pauses.
std::optional<Deadlines> load_deadlines(Context& ctx, SQLite::Database& db, const Case& c) {
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

// load_deadlines for a case a person is looking at or changing: a deadline that relies on
// provisional bank holidays says so.
std::optional<Deadlines> deadlines_of(Context& ctx, SQLite::Database& db, const Case& c) {
  auto d = load_deadlines(ctx, db, c);
  if (d && d->provisional) warn_if_provisional(ctx, d->response_due);
  return d;
}

// Every change to a case goes through here: the audited update, a timeline entry saying what
// happened, and the derived deadline — one transaction.
class CaseChange {
 public:
  CaseChange(Context& ctx, trail::Writer& w, std::string_view ref)
      : ctx_(ctx), w_(w), c_(resolve_case(ctx, ref)), before_(w.before("case", c_.id)) {}
  Case& c() { return c_; }
  void event(const std::string& kind, const std::string& text, Date on) {
    TimelineEntry e;
    e.case_id = c_.id;
    e.on_date = on;
    e.kind = kind;
    e.text = text;
    e.actor = ctx_.user();
    w_.inserted("case_event", insert_event(w_.db(), e));
  }
  Case save(std::string_view action) {
    update_case(w_.db(), c_);
    w_.updated(before_, action);
    store_deadline(w_.db(), c_.id, deadlines_of(ctx_, w_.db(), c_));
    return c_;
  }

 private:
  Context& ctx_;
  trail::Writer& w_;
  Case c_;
  trail::RowImage before_;
};

std::string staff_login(Context& ctx, std::optional<int64_t> id) {
  if (!id) return "";
  SQLite::Statement q(ctx.db(), "SELECT login FROM staff WHERE id = ?");
  q.bind(1, *id);
  return q.executeStep() ? q.getColumn(0).getString() : std::string();
}

// A UK postcode typed without its space (CF235EF, SW1A1AA): an outward code of a letter and
// one to three letters or digits, one of them a digit, then an inward code of a digit and two
// letters. Returns it with the space ("CF23 5EF"), or empty for anything else.
std::string spaced_postcode(std::string_view w) {
  auto letter = [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); };
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  if (w.size() < 5 || w.size() > 7) return "";
  std::string_view out = w.substr(0, w.size() - 3), in = w.substr(w.size() - 3);
  if (!letter(out[0]) || !digit(in[0]) || !letter(in[1]) || !letter(in[2])) return "";
  bool has_digit = false;
  for (char c : out.substr(1)) {
    if (!letter(c) && !digit(c)) return "";
    has_digit = has_digit || digit(c);
  }
  return has_digit ? std::string(out) + " " + std::string(in) : "";
}

// Words typed for a search become FTS5 strings, so punctuation (O'Brien, C-2026-00042) is
// matched as text rather than parsed as query syntax; a trailing * keeps prefix search. The
// index holds addresses as written, so a postcode typed without its space also matches it with.
std::string fts_query(const std::string& words) {
  std::string out;
  for (const auto& w : text::split(words, ' ')) {
    if (w.empty()) continue;
    bool prefix = w.size() > 1 && w.back() == '*';
    std::string term = prefix ? w.substr(0, w.size() - 1) : w;
    std::string quoted = "\"";
    for (char c : term) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    quoted += "\"";
    if (std::string spaced = prefix ? "" : spaced_postcode(term); !spaced.empty())
      quoted = "(" + quoted + " OR \"" + spaced + "\")";
    out += (out.empty() ? "" : " ") + quoted + (prefix ? "*" : "");
  }
  return out;
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
  if (!found) throw Error(ErrorKind::missing, "no case " + std::string(key)).field("case");
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

namespace {

// Records one item of correspondence on the case being changed: the first outgoing item to the
// case's own contact acknowledges the case (a letter to a third party tells the constituent
// nothing); an incoming one on a case awaiting a reply moves it back to open. With no party,
// the correspondence was with the case's contact.
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

}  // namespace

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
    SQLite::Statement q(ctx.db(), "SELECT name FROM staff WHERE id = ?");
    q.bind(1, *c.assignee_id);
    if (q.executeStep()) signer = q.getColumn(0).getString();
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
    std::string from = staff_login(ctx, c.assignee_id);
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
                        staff_login(ctx, c.stage1_handler_id) + "); give --assign")
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
    SQLite::Transaction tx(ctx.db(), SQLite::TransactionBehavior::IMMEDIATE);
    if (stored_deadline_fingerprint(ctx.db()) != fingerprint) {
      std::vector<std::pair<int64_t, std::optional<Deadlines>>> updates;
      for_each_open_case(ctx.db(), [&](const Case& c) {
        updates.emplace_back(c.id, load_deadlines(ctx, ctx.db(), c));
      });
      for (const auto& [id, d] : updates) store_deadline(ctx.db(), id, d);
      store_deadline_fingerprint(ctx.db(), fingerprint);
    }
    tx.commit();
  } catch (const SQLite::Exception& e) {
    throw db::translate(e);
  }
}

CaseFilter make_filter(Context& ctx, const ListInput& in) {
  refresh_deadlines_if_stale(ctx);
  CaseFilter f;
  for (const auto& s : in.statuses) f.statuses.push_back(parse_word<Status>(s));
  for (const auto& t : in.types) f.types.push_back(parse_word<CaseType>(t));
  for (const auto& category : in.categories) {
    require_category(ctx, category);
    f.categories.push_back(category);
  }
  for (const auto& login : in.assignees) f.assignee_ids.push_back(people::get_staff(ctx, login).id);
  if (!in.contact.empty()) f.contact_id = people::resolve_contact(ctx, in.contact).id;
  if (!in.marking.empty()) f.marking = parse_word<Marking>(in.marking);
  for (const auto& p : in.priorities) f.priorities.push_back(parse_word<Priority>(p));
  if (!in.opened_from.empty()) f.opened_from = ctx.parse_date(in.opened_from, "opened-from");
  if (!in.opened_to.empty()) f.opened_to = ctx.parse_date(in.opened_to, "opened-to");
  if (!in.closed_from.empty()) f.closed_from = ctx.parse_date(in.closed_from, "closed-from");
  if (!in.closed_to.empty()) f.closed_to = ctx.parse_date(in.closed_to, "closed-to");
  if (in.overdue) f.due_by = ctx.today().plus_days(-1);
  if (!in.due_within.empty()) {
    // "+5wd" and "5wd" both mean five working days from today.
    std::string span = in.due_within[0] == '+' ? in.due_within : "+" + in.due_within;
    Date by = ctx.parse_date(span, "due-within");
    if (!f.due_by || by > *f.due_by) f.due_by = by;
  }
  f.sort = parse_word<CaseSort>(in.sort);
  if (!in.query.empty()) {
    f.search = fts_query(in.query);
    if (f.search.empty())
      throw Error(ErrorKind::bad_data, "give words to search for").field("query");
  }
  f.limit = in.limit;
  return f;
}

void for_each_case(Context& ctx, const CaseFilter& filter,
                   const std::function<void(const CaseRow&)>& each) {
  const HolidayCalendar& calendar = ctx.calendar();
  const Nation nation = ctx.config().holidays.nation;
  for_each_case_row(ctx.db(), filter, [&](const CaseRow& r) {
    if (r.next_due_on && calendar.is_provisional(*r.next_due_on, nation))
      warn_if_provisional(ctx, *r.next_due_on);
    each(r);
  });
}

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
  render::Section record{"case", "Case", {}, true};
  record.table.columns = {{"ref", "Ref", Kind::text},
                          {"subject", "Subject", Kind::text},
                          {"type", "Type", Kind::text},
                          {"status", "Status", Kind::text},
                          {"outcome", "Outcome", Kind::text},
                          {"priority", "Priority", Kind::text},
                          {"category", "Category", Kind::text},
                          {"channel", "Channel", Kind::text},
                          {"marking", "Marking", Kind::text},
                          {"contact", "Contact", Kind::text},
                          {"contact_id", "Contact ID", Kind::integer},
                          {"contact_address", "Address", Kind::text},
                          {"contact_email", "Email", Kind::text},
                          {"contact_phone", "Phone", Kind::text},
                          {"assignee", "Assignee", Kind::text},
                          {"body", "With", Kind::text},
                          {"awaiting_on", "Awaiting", Kind::text},
                          {"follow_up_on", "Follow up", Kind::date},
                          {"received_on", "Received", Kind::date},
                          {"acknowledged_on", "Acknowledged", Kind::date},
                          {"ack_due_on", "Acknowledge by", Kind::date},
                          {"due_on", "Respond by", Kind::date},
                          {"clock_stopped", "Clock stopped", Kind::boolean},
                          {"extension_months", "Extended (months)", Kind::integer},
                          {"escalated_on", "Escalated", Kind::date},
                          {"closed_on", "Closed", Kind::date}};
  record.table.rows.push_back({c.ref,
                               c.subject,
                               word(c.type),
                               word(c.status),
                               c.outcome ? render::Cell(word(*c.outcome)) : render::Cell(),
                               word(c.priority),
                               c.category,
                               word(c.channel),
                               word(c.marking),
                               contact.name,
                               contact.id,
                               opt_text(contact.address),
                               opt_text(contact.email),
                               opt_text(contact.phone),
                               opt_text(staff_login(ctx, c.assignee_id)),
                               opt_text(c.body),
                               opt_text(c.awaiting_on),
                               opt_date(c.follow_up_on),
                               c.received_on,
                               opt_date(c.acknowledged_on),
                               d ? opt_date(d->ack_due) : render::Cell(),
                               d ? render::Cell(d->response_due) : render::Cell(),
                               paused,
                               int64_t(c.extension_months),
                               opt_date(c.escalated_on),
                               opt_date(c.closed_on)});

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
