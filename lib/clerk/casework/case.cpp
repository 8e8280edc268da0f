#include "clerk/casework/case.hpp"

#include <charconv>

#include <fmt/format.h>

#include "clerk/core/error.hpp"
#include "clerk/core/text.hpp"

namespace clerk::casework {
namespace {

template <class E>
E parse_word(std::string_view text, std::string_view field, const std::vector<std::string>& names,
             std::string_view what) {
  for (size_t i = 0; i < names.size(); ++i)
    if (names[i] == text) return E(i);
  throw Error(ErrorKind::bad_data, "'" + std::string(text) + "' is not " + std::string(what) +
                                       "; use one of " + text::join(names, ", "))
      .field(std::string(field))
      .suggest(text::near_misses(text, names, 1));
}

}  // namespace

const std::vector<std::string>& case_type_names() {
  static const std::vector<std::string> v = {"enquiry", "casework", "complaint", "foi", "sar"};
  return v;
}
const std::vector<std::string>& channel_names() {
  static const std::vector<std::string> v = {"phone",        "email",   "letter",
                                             "face-to-face", "surgery", "web"};
  return v;
}
const std::vector<std::string>& priority_names() {
  static const std::vector<std::string> v = {"low", "normal", "high", "urgent"};
  return v;
}
const std::vector<std::string>& marking_names() {
  static const std::vector<std::string> v = {"OFFICIAL", "OFFICIAL-SENSITIVE"};
  return v;
}
const std::vector<std::string>& status_names() {
  static const std::vector<std::string> v = {"open", "awaiting", "escalated", "closed", "reopened"};
  return v;
}
const std::vector<std::string>& outcome_names() {
  static const std::vector<std::string> v = {"resolved",         "upheld",    "partly-upheld",
                                             "not-upheld",       "withdrawn", "referred",
                                             "no-further-action"};
  return v;
}

std::string_view name(CaseType v) { return case_type_names()[size_t(v)]; }
std::string_view name(Channel v) { return channel_names()[size_t(v)]; }
std::string_view name(Priority v) { return priority_names()[size_t(v)]; }
std::string_view name(Marking v) { return marking_names()[size_t(v)]; }
std::string_view name(Status v) { return status_names()[size_t(v)]; }
std::string_view name(Outcome v) { return outcome_names()[size_t(v)]; }

CaseType parse_case_type(std::string_view t, std::string_view f) {
  return parse_word<CaseType>(t, f, case_type_names(), "a case type");
}
Channel parse_channel(std::string_view t, std::string_view f) {
  return parse_word<Channel>(t, f, channel_names(), "a channel");
}
Priority parse_priority(std::string_view t, std::string_view f) {
  return parse_word<Priority>(t, f, priority_names(), "a priority");
}
Marking parse_marking(std::string_view t, std::string_view f) {
  return parse_word<Marking>(t, f, marking_names(), "a security marking");
}
Status parse_status(std::string_view t, std::string_view f) {
  return parse_word<Status>(t, f, status_names(), "a case status");
}
Outcome parse_outcome(std::string_view t, std::string_view f) {
  return parse_word<Outcome>(t, f, outcome_names(), "an outcome");
}

std::string format_ref(int year, int seq) { return fmt::format("C-{:04}-{:05}", year, seq); }

std::optional<std::pair<int, int>> parse_ref(std::string_view text) {
  if (text.size() < 8 || (text[0] != 'C' && text[0] != 'c') || text[1] != '-' || text[6] != '-')
    return std::nullopt;
  int year = 0, seq = 0;
  auto y = text.substr(2, 4), s = text.substr(7);
  auto [ye, yec] = std::from_chars(y.data(), y.data() + y.size(), year);
  auto [se, sec] = std::from_chars(s.data(), s.data() + s.size(), seq);
  if (yec != std::errc() || ye != y.data() + y.size() || sec != std::errc() ||
      se != s.data() + s.size() || seq <= 0 || year < 1000)
    return std::nullopt;
  return std::pair{year, seq};
}

std::string_view move_name(Move move) {
  switch (move) {
    case Move::wait:
      return "wait";
    case Move::reply:
      return "reply";
    case Move::escalate:
      return "escalate";
    case Move::close:
      return "close";
    case Move::reopen:
      return "reopen";
  }
  return "";
}

bool allowed(Status from, Move move) {
  switch (from) {
    case Status::open:
    case Status::reopened:
      return move == Move::wait || move == Move::escalate || move == Move::close;
    case Status::awaiting:
      return move == Move::reply || move == Move::wait || move == Move::escalate ||
             move == Move::close;
    case Status::escalated:
      return move == Move::wait || move == Move::close;
    case Status::closed:
      return move == Move::reopen;
  }
  return false;
}

Status target(Move move) {
  switch (move) {
    case Move::wait:
      return Status::awaiting;
    case Move::reply:
      return Status::open;
    case Move::escalate:
      return Status::escalated;
    case Move::close:
      return Status::closed;
    case Move::reopen:
      return Status::reopened;
  }
  return Status::open;
}

std::string allowed_moves(Status from) {
  std::vector<std::string> moves;
  // "reply" happens by logging incoming correspondence, not by a command of its own.
  for (Move m : {Move::wait, Move::escalate, Move::close, Move::reopen})
    if (allowed(from, m)) moves.emplace_back(move_name(m));
  return text::join(moves, ", ");
}

void require_move(const Case& c, Move move) {
  if (allowed(c.status, move)) return;
  throw Error(ErrorKind::bad_data, "cannot " + std::string(move_name(move)) + " a case that is " +
                                       std::string(name(c.status)) +
                                       "; allowed: " + allowed_moves(c.status))
      .record(c.ref);
}

bool has_clock_stops(CaseType type) { return type == CaseType::foi || type == CaseType::sar; }

}  // namespace clerk::casework
