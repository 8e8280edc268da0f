#include "clerk/casework/case.hpp"

#include <charconv>

#include <fmt/format.h>

#include "clerk/core/error.hpp"
#include "clerk/core/text.hpp"

namespace clerk::casework {
const EnumWords& enum_words(CaseType) {
  static const EnumWords w{"type", {"enquiry", "casework", "complaint", "foi", "sar"}};
  return w;
}
const EnumWords& enum_words(Channel) {
  static const EnumWords w{"channel",
                           {"phone", "email", "letter", "face-to-face", "surgery", "web"}};
  return w;
}
const EnumWords& enum_words(Priority) {
  static const EnumWords w{"priority", {"low", "normal", "high", "urgent"}};
  return w;
}
const EnumWords& enum_words(Marking) {
  static const EnumWords w{"marking", {"OFFICIAL", "OFFICIAL-SENSITIVE"}};
  return w;
}
const EnumWords& enum_words(Status) {
  static const EnumWords w{"status", {"open", "awaiting", "escalated", "closed", "reopened"}};
  return w;
}
const EnumWords& enum_words(Outcome) {
  static const EnumWords w{"outcome",
                           {"resolved", "upheld", "partly-upheld", "not-upheld", "withdrawn",
                            "referred", "no-further-action"}};
  return w;
}

const EnumWords& enum_words(Direction) {
  static const EnumWords w{"direction", {"in", "out"}};
  return w;
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

const EnumWords& enum_words(Move) {
  static const EnumWords w{"move", {"wait", "reply", "escalate", "close", "reopen"}};
  return w;
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
    if (allowed(from, m)) moves.push_back(word(m));
  return text::join(moves, ", ");
}

void require_move(const Case& c, Move move) {
  if (allowed(c.status, move)) return;
  throw Error(ErrorKind::bad_data, "cannot " + word(move) + " a case that is " + word(c.status) +
                                       "; allowed: " + allowed_moves(c.status))
      .record(c.ref);
}

bool has_clock_stops(CaseType type) { return type == CaseType::foi || type == CaseType::sar; }

}  // namespace clerk::casework
