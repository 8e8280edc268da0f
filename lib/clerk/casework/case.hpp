// Cases: constituents' cases and enquiries — their kinds, states, references and the rules
// for moving between states.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "clerk/core/date.hpp"
#include "clerk/core/word_enum.hpp"

namespace clerk::casework {

// Each enumeration's words (core/word_enum) are its stored and command-line text.
enum class CaseType { enquiry, casework, complaint, foi, sar };
enum class Channel { phone, email, letter, face_to_face, surgery, web };
enum class Priority { low, normal, high, urgent };
enum class Marking { official, official_sensitive };
enum class Status { open, awaiting, escalated, closed, reopened };
enum class Outcome {
  resolved,
  upheld,
  partly_upheld,
  not_upheld,
  withdrawn,
  referred,
  no_further_action
};

const EnumWords& enum_words(CaseType);
const EnumWords& enum_words(Channel);
const EnumWords& enum_words(Priority);
const EnumWords& enum_words(Marking);
const EnumWords& enum_words(Status);
const EnumWords& enum_words(Outcome);

// Which way a piece of correspondence went.
enum class Direction { in, out };
const EnumWords& enum_words(Direction);

struct Case {
  int64_t id = 0;
  std::string ref;  // C-2026-00042
  int ref_year = 0;
  int ref_seq = 0;
  CaseType type = CaseType::enquiry;
  std::string subject;
  int64_t contact_id = 0;
  std::string category;
  Channel channel = Channel::email;
  Priority priority = Priority::normal;
  Marking marking = Marking::official;
  Status status = Status::open;
  std::optional<Outcome> outcome;
  Date received_on;
  std::optional<Date> acknowledged_on;
  std::optional<int64_t> assignee_id;
  std::string body;         // the organisation the case is with
  std::string awaiting_on;  // the body a reply is awaited from
  std::optional<Date> follow_up_on;
  std::optional<Date> escalated_on;
  std::optional<int64_t> stage1_handler_id;
  int extension_months = 0;
  std::optional<Date> closed_on;
  std::optional<Date> reopened_on;
};

// "C-2026-00042". Sequences are per year of receipt.
std::string format_ref(int year, int seq);
// Parses "C-2026-00042" or "c-2026-42"; nullopt for anything else.
std::optional<std::pair<int, int>> parse_ref(std::string_view text);

// The moves the status machine allows:
//   open, reopened → awaiting, escalated, closed
//   awaiting      → open (a reply came), awaiting (new body or date), escalated, closed
//   escalated     → awaiting, closed
//   closed        → reopened
enum class Move { wait, reply, escalate, close, reopen };
const EnumWords& enum_words(Move);
bool allowed(Status from, Move move);
Status target(Move move);
// The moves allowed from `from`, as command words ("wait, escalate, close").
std::string allowed_moves(Status from);
// Error{bad_data} naming the case, its current status and the allowed moves, unless allowed.
void require_move(const Case& c, Move move);

// FOI and SAR clocks may stop while the office waits on clarification, identity or a fee.
bool has_clock_stops(CaseType type);

}  // namespace clerk::casework
