#include "clerk/render/cell_text.hpp"

#include <fmt/format.h>

#include "clerk/core/error.hpp"
#include "clerk/core/utf8.hpp"

namespace clerk::render {
namespace {

// The common case in every export: printable ASCII, copied in runs without decoding.
constexpr bool printable_ascii(char c) { return c >= 0x20 && c < 0x7F; }

// Money and booleans differ between the two forms; the rest is shared.
std::string_view cell_text(const Cell& cell, std::string& scratch, bool human) {
  if (const auto* s = std::get_if<std::string>(&cell)) return *s;
  if (const auto* n = std::get_if<int64_t>(&cell)) {
    const fmt::format_int digits(*n);
    scratch.assign(digits.data(), digits.size());
    return scratch;
  }
  if (const auto* p = std::get_if<Percent>(&cell)) {
    const fmt::format_int digits(p->value);
    scratch.assign(digits.data(), digits.size());
    if (human) scratch += '%';
    return scratch;
  }
  if (const auto* m = std::get_if<Money>(&cell)) {
    scratch = human ? m->display() : m->plain();
    return scratch;
  }
  if (const auto* d = std::get_if<Date>(&cell)) {
    scratch = d->iso();
    return scratch;
  }
  if (const auto* b = std::get_if<bool>(&cell)) {
    if (human) return *b ? "yes" : "no";
    return *b ? "true" : "false";
  }
  return {};
}

}  // namespace

std::string_view human_text(const Cell& cell, std::string& scratch) {
  return cell_text(cell, scratch, true);
}

std::string_view plain_text(const Cell& cell, std::string& scratch) {
  return cell_text(cell, scratch, false);
}

void append_printable(std::string& out, std::string_view s, Breaks breaks) {
  size_t i = 0;
  while (i < s.size()) {
    size_t run = i;
    while (run < s.size() && printable_ascii(s[run])) ++run;
    out.append(s.substr(i, run - i));
    i = run;
    if (i == s.size()) break;
    const char c = s[i];
    if (c == '\r' || c == '\n') {
      if (c == '\r' && i + 1 < s.size() && s[i + 1] == '\n') ++i;
      out += breaks == Breaks::keep ? '\n' : ' ';
      ++i;
      continue;
    }
    if (c == '\t') {
      out += ' ';
      ++i;
      continue;
    }
    char32_t cp = 0;
    const size_t length = utf8::decode(s, i, cp);
    if (length == 0 || cp < 0x20 || (cp >= 0x7F && cp < 0xA0)) {
      out += utf8::kReplacement;
      i += length == 0 ? 1 : length;
      continue;
    }
    out.append(s.substr(i, length));
    i += length;
  }
}

std::string printable_line(std::string_view s) {
  std::string out;
  append_printable(out, s, Breaks::to_space);
  return out;
}

bool needs_formula_guard(Kind kind, std::string_view text) {
  return kind == Kind::text && !text.empty() &&
         std::string_view("=+-@\t\r\n").find(text.front()) != std::string_view::npos;
}

void check_row_size(size_t columns, size_t cells) {
  if (columns != cells)
    throw Error(ErrorKind::internal,
                fmt::format("a row of {} cells was given for {} columns", cells, columns));
}

}  // namespace clerk::render
