// The casework operations commands call: open, record, move, and find cases.
#pragma once

#include <functional>
#include <optional>
#include <string>

#include "clerk/casework/case.hpp"
#include "clerk/casework/case_store.hpp"
#include "clerk/render/document.hpp"
#include "clerk/session/context.hpp"

namespace clerk::casework {

// What people type for `case open`; text is validated by open_case().
struct OpenInput {
  std::string subject;
  std::string contact;  // id or exact name
  std::string type = "enquiry";
  std::string category = "other";
  std::string channel = "email";
  std::string priority = "normal";
  std::string marking = "OFFICIAL";
  std::string received;  // date text; empty: today
  std::string assign;    // staff login; empty: unassigned
  std::string body;      // the organisation the case is with
};

Case open_case(Context& ctx, const OpenInput& input);

// A case by reference (C-2026-00042, c-2026-42) or id; Error{missing} when there is none.
Case resolve_case(Context& ctx, std::string_view ref);

TimelineEntry add_note(Context& ctx, std::string_view ref, const std::string& text);

struct LogInput {
  std::string direction;  // in, out
  std::string channel;
  std::string party;  // the organisation or contact written to or heard from
  std::string summary;
  std::string date;  // empty: today
};
// Records correspondence. The first outgoing item acknowledges the case; an incoming one on a
// case awaiting a reply moves it back to open.
TimelineEntry log_correspondence(Context& ctx, std::string_view ref, const LogInput& input);

Case assign_case(Context& ctx, std::string_view ref, const std::string& login);
// Complaints go to stage 2, which someone other than the stage 1 handler must handle.
Case escalate_case(Context& ctx, std::string_view ref, const std::string& assign,
                   const std::string& reason);
Case wait_on(Context& ctx, std::string_view ref, const std::string& body, const std::string& until);
Case pause_clock(Context& ctx, std::string_view ref, const std::string& reason);
Case resume_clock(Context& ctx, std::string_view ref);
Case close_case(Context& ctx, std::string_view ref, const std::string& outcome,
                const std::string& note);
Case reopen_case(Context& ctx, std::string_view ref, const std::string& reason);
// SAR only: extends the one-month limit by 1 or 2 further months in all (UK GDPR art. 12(3)).
Case extend_case(Context& ctx, std::string_view ref, int months, const std::string& reason);

// The one letter a closed case may be sent.
inline constexpr std::string_view kClosingLetter = "closing";
// A letter from a template, filled for a case; record_letter() logs it once it is delivered
// (a preview is never logged). Error{bad_data} for any letter but the closing one on a closed
// case, before anything is read out or logged.
render::Document prepare_letter(Context& ctx, std::string_view ref,
                                const std::string& template_name);
// Logs a rendered letter as outgoing correspondence (which acknowledges an unacknowledged case).
void record_letter(Context& ctx, std::string_view ref, const std::string& template_name);

// Recomputes every open case's stored deadline when the holidays or targets in force have
// changed since they were computed (a config edit, an imported holiday list).
void refresh_deadlines_if_stale(Context& ctx);

struct ListInput {
  // Repeatable filters: a case matching any of the values given.
  std::vector<std::string> statuses, types, categories, assignees, priorities;
  std::string contact, marking;
  std::string opened_from, opened_to, closed_from, closed_to;
  bool overdue = false;
  std::string due_within;  // "5wd", "10d", "2w"
  std::string sort = "received";
  std::string query;  // words to search for (case search)
  int limit = 0;
};
CaseFilter make_filter(Context& ctx, const ListInput& input);
void for_each_case(Context& ctx, const CaseFilter& filter,
                   const std::function<void(const CaseRow&)>& each);

std::vector<render::Column> case_columns(bool with_snippet = false);
std::vector<render::Cell> case_cells(const CaseRow& row, Date today, bool with_snippet = false);

// The case, its whole timeline in date order, its deadlines, and the signposting for its category.
render::Document case_document(Context& ctx, std::string_view ref);

// The services configured for a category (Error{bad_data} for an unknown category).
render::Table signpost_table(Context& ctx, const std::string& category);

// Error{bad_data} naming --category and listing the valid ones, unless configured.
void require_category(Context& ctx, const std::string& category,
                      std::string_view field = "category");

}  // namespace clerk::casework
