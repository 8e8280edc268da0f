// Enumerations whose values are words: each value's stored and command-line text, read back by
// one parser with one message.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "clerk/core/error.hpp"

namespace clerk {

// What an enumeration declares beside itself, in its own namespace, so that argument-dependent
// lookup finds it from anywhere:
//
//   enum class Priority { low, normal, high, urgent };
//   const EnumWords& enum_words(Priority);  // {"priority", {"low", "normal", "high", "urgent"}}
//
// `words` holds one word per value in declaration order, so a value indexes its word; they are
// the stored text, the command-line text and the shell completions. `what` is the field an error
// names when the caller gives none. `aliases` are also read (a van is a car for HMRC) but never
// written or offered; each names the value (its index) it reads as.
struct EnumWords {
  EnumWords(std::string what_called, std::vector<std::string> in_order,
            std::vector<std::pair<std::string, size_t>> also_read = {})
      : what(std::move(what_called)), words(std::move(in_order)), aliases(std::move(also_read)) {}

  std::string what;
  std::vector<std::string> words;
  std::vector<std::pair<std::string, size_t>> aliases;
};

// Reading: surrounding white space is trimmed and ASCII case is ignored, so " Email" from a
// spreadsheet reads as email and "official" as OFFICIAL. Every enumeration reads this way, and
// so do the command line's closed option values (apps/clerk/cli.cpp). Writing always gives the
// word exactly as listed.
bool word_matches(std::string_view text, std::string_view word);

// The refusal every word parser throws: Error{bad_data} naming `field`, worded
// "'hgh' is not one of low, normal, high, urgent" with near misses as suggestions. The command
// line refuses its option values with the same words as a usage error.
Error not_one_of(std::string_view text, std::string_view field,
                 const std::vector<std::string>& words, ErrorKind kind = ErrorKind::bad_data);

// The same refusal without the field, "'hgh' is not one of ... (did you mean high?)", for lists
// of problems that name the field themselves (`config check`).
std::string not_one_of_text(std::string_view text, const std::vector<std::string>& words);

// The words of E, in declaration order.
template <class E>
const std::vector<std::string>& words() {
  return enum_words(E{}).words;
}

// The word of one value: its stored and command-line text.
template <class E>
const std::string& word(E value) {
  return enum_words(value).words[static_cast<size_t>(value)];
}

// The value `text` names (a word or an alias), or nullopt.
template <class E>
std::optional<E> find_word(std::string_view text) {
  const EnumWords& w = enum_words(E{});
  for (size_t i = 0; i < w.words.size(); ++i)
    if (word_matches(text, w.words[i])) return static_cast<E>(i);
  for (const auto& [alias, index] : w.aliases)
    if (word_matches(text, alias)) return static_cast<E>(index);
  return std::nullopt;
}

// The value `text` names; otherwise not_one_of(), naming `field` (by default what E is called).
template <class E>
E parse_word(std::string_view text, std::string_view field = {}) {
  if (auto value = find_word<E>(text)) return *value;
  const EnumWords& w = enum_words(E{});
  throw not_one_of(text, field.empty() ? std::string_view(w.what) : field, w.words);
}

}  // namespace clerk
