// The casework writes commands call: open a case, record on it and move it through its states.
// Finding cases is case_query.hpp, showing them case_tables.hpp, letters case_letters.hpp.
#pragma once

#include <functional>
#include <optional>
#include <string>

#include "clerk/casework/case.hpp"
#include "clerk/casework/case_store.hpp"
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
// Lets active member of staff `login` see the case (an OFFICIAL-SENSITIVE one not theirs), on
// its timeline; the one sharing must see it. Error{bad_data} when it is already shared with them.
Case share_case(Context& ctx, std::string_view ref, std::string_view login);
Case resume_clock(Context& ctx, std::string_view ref);
Case close_case(Context& ctx, std::string_view ref, const std::string& outcome,
                const std::string& note);
Case reopen_case(Context& ctx, std::string_view ref, const std::string& reason);
// SAR only: extends the one-month limit by 1 or 2 further months in all (UK GDPR art. 12(3)).
Case extend_case(Context& ctx, std::string_view ref, int months, const std::string& reason);

// Error{bad_data} naming --category and listing the valid ones, unless configured.
void require_category(Context& ctx, const std::string& category,
                      std::string_view field = "category");

}  // namespace clerk::casework
