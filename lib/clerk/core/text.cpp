#include "clerk/core/text.hpp"

#include "clerk/core/utf8.hpp"

#include <algorithm>
#include <charconv>
#include <numeric>

#include <utf8proc.h>

namespace clerk::text {

std::string_view trim(std::string_view s) {
  const char* ws = " \t\r\n";
  auto b = s.find_first_not_of(ws);
  if (b == std::string_view::npos) return {};
  auto e = s.find_last_not_of(ws);
  return s.substr(b, e - b + 1);
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
  return out;
}

std::string upper(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'a' && c <= 'z') c = char(c - 'a' + 'A');
  return out;
}

std::vector<std::string> split(std::string_view s, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    auto pos = s.find(sep, start);
    out.emplace_back(s.substr(start, pos == std::string_view::npos ? pos : pos - start));
    if (pos == std::string_view::npos) break;
    start = pos + 1;
  }
  return out;
}

std::string join(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i) out += sep;
    out += parts[i];
  }
  return out;
}

std::optional<int64_t> parse_id(std::string_view s) {
  int64_t id = 0;
  auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), id);
  if (ec != std::errc() || end != s.data() + s.size() || id <= 0) return std::nullopt;
  return id;
}

bool valid_utf8(std::string_view s) {
  char32_t cp = 0;
  for (size_t i = 0; i < s.size();) {
    size_t length = utf8::decode(s, i, cp);
    if (length == 0) return false;
    i += length;
  }
  return true;
}

namespace {

// The columns one code point takes; a malformed byte is one column of U+FFFD. ASCII, almost all
// of what clerk prints, is answered without a table lookup.
size_t next_columns(std::string_view s, size_t& i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    ++i;
    return 1;
  }
  char32_t cp = 0;
  const size_t length = utf8::decode(s, i, cp);
  if (length == 0) {
    ++i;
    return 1;
  }
  i += length;
  const int width = utf8proc_charwidth(static_cast<utf8proc_int32_t>(cp));
  return width > 0 ? size_t(width) : 0;
}

}  // namespace

size_t display_width(std::string_view s) {
  size_t n = 0;
  for (size_t i = 0; i < s.size();) n += next_columns(s, i);
  return n;
}

std::string_view prefix_columns(std::string_view s, size_t columns) {
  size_t taken = 0;
  for (size_t i = 0; i < s.size();) {
    const size_t start = i;
    const size_t width = next_columns(s, i);
    if (taken + width > columns) return s.substr(0, start);
    taken += width;
  }
  return s;
}

size_t edit_distance(std::string_view a, std::string_view b) {
  // Optimal string alignment: insertions, deletions, substitutions and swaps of two neighbouring
  // letters each count one, so the typist's "hgih" is one edit from "high".
  std::vector<size_t> before(b.size() + 1), prev(b.size() + 1), cur(b.size() + 1);
  std::iota(prev.begin(), prev.end(), 0);
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t subst = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, subst});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        cur[j] = std::min(cur[j], before[j - 2] + 1);
    }
    std::swap(before, prev);
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

std::vector<std::string> near_misses(std::string_view word,
                                     const std::vector<std::string>& candidates, size_t limit) {
  std::string w = lower(word);
  std::vector<std::pair<size_t, std::string>> scored;
  for (const auto& c : candidates) {
    std::string lc = lower(c);
    size_t d = edit_distance(w, lc);
    // A prefix counts as near: "hous" for "housing".
    if (!w.empty() && lc.starts_with(w)) d = std::min<size_t>(d, 1);
    // About one edit in three letters: "lst" → list, but not "yaml" → html.
    size_t allowed = std::max<size_t>(1, (w.size() + 1) / 3);
    if (d <= allowed) scored.emplace_back(d, c);
  }
  std::stable_sort(scored.begin(), scored.end(),
                   [](const auto& x, const auto& y) { return x.first < y.first; });
  std::vector<std::string> out;
  for (size_t i = 0; i < scored.size() && i < limit; ++i) out.push_back(scored[i].second);
  return out;
}

}  // namespace clerk::text
