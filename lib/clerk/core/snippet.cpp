#include "clerk/core/snippet.hpp"

#include <cstdlib>
#include <vector>

namespace clerk {
namespace {

struct Word {
  size_t begin = 0, end = 0;  // byte range in the text without markers
  bool matched = false;
};

bool word_byte(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c >= 0x80;
}

}  // namespace

std::string snippet(std::string_view highlighted, int words) {
  // The text without markers, and which of its bytes were inside a match.
  std::string text;
  std::vector<bool> in_match;
  bool inside = false;
  for (char c : highlighted) {
    if (c == kMatchStart || c == kMatchEnd) {
      inside = c == kMatchStart;
      continue;
    }
    text += c;
    in_match.push_back(inside);
  }
  std::vector<Word> all;
  for (size_t i = 0; i < text.size();) {
    if (!word_byte(static_cast<unsigned char>(text[i]))) {
      ++i;
      continue;
    }
    Word w{i, i, false};
    while (w.end < text.size() && word_byte(static_cast<unsigned char>(text[w.end]))) {
      w.matched = w.matched || in_match[w.end];
      ++w.end;
    }
    all.push_back(w);
    i = w.end;
  }
  if (all.empty() || words <= 0) return "";

  // The window with the most matched words; of those, the one whose matches sit most nearly
  // in its middle; of those, the first.
  const int n = int(all.size());
  const int width = std::min(words, n);
  int best_start = 0, best_count = -1, best_balance = 0;
  for (int start = 0; start + width <= n; ++start) {
    int count = 0, first = -1, last = -1;
    for (int i = start; i < start + width; ++i)
      if (all[size_t(i)].matched) {
        ++count;
        if (first < 0) first = i;
        last = i;
      }
    int balance = count ? std::abs((first - start) - (start + width - 1 - last)) : 0;
    if (count > best_count || (count == best_count && balance < best_balance)) {
      best_start = start;
      best_count = count;
      best_balance = balance;
    }
  }

  // Cut text is marked; whole text keeps what comes before its first word and after its last.
  const int stop = best_start + width;
  std::string out = best_start > 0 ? "…" : text.substr(0, all.front().begin);
  for (int i = best_start; i < stop; ++i) {
    const Word& w = all[size_t(i)];
    if (i > best_start) out.append(text, all[size_t(i - 1)].end, w.begin - all[size_t(i - 1)].end);
    bool opens = w.matched && (i == best_start || !all[size_t(i - 1)].matched);
    bool closes = w.matched && (i == stop - 1 || !all[size_t(i + 1)].matched);
    if (opens) out += '[';
    out.append(text, w.begin, w.end - w.begin);
    if (closes) out += ']';
  }
  out += stop < n ? "…" : text.substr(all.back().end);
  return out;
}

}  // namespace clerk
