#include "clerk/core/json_text.hpp"

#include <fmt/format.h>

#include "clerk/core/utf8.hpp"

namespace clerk::json {
namespace {

// Printable ASCII that a JSON string holds as is.
constexpr bool plain(char c) { return c >= 0x20 && c < 0x7F && c != '"' && c != '\\'; }

}  // namespace

// Output is valid JSON in valid UTF-8 whatever the input (RFC 8259 s.8.1): malformed bytes
// become U+FFFD, control characters and DEL are escaped (\n, \r and \t in their short form,
// the rest as \u00XX). Runs of plain characters are copied in one go.
void append_quoted(std::string& out, std::string_view s) {
  out += '"';
  size_t i = 0;
  while (i < s.size()) {
    size_t run = i;
    while (run < s.size() && plain(s[run])) ++run;
    out.append(s.substr(i, run - i));
    i = run;
    if (i == s.size()) break;
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      switch (c) {
        case '"':
          out += "\\\"";
          break;
        case '\\':
          out += "\\\\";
          break;
        case '\n':
          out += "\\n";
          break;
        case '\r':
          out += "\\r";
          break;
        case '\t':
          out += "\\t";
          break;
        default:
          fmt::format_to(std::back_inserter(out), "\\u{:04x}", c);
      }
      ++i;
      continue;
    }
    char32_t cp = 0;
    const size_t length = utf8::decode(s, i, cp);
    if (length == 0) {
      out += utf8::kReplacement;
      ++i;
    } else {
      out.append(s.substr(i, length));
      i += length;
    }
  }
  out += '"';
}

std::string quoted(std::string_view s) {
  std::string out;
  append_quoted(out, s);
  return out;
}

}  // namespace clerk::json
