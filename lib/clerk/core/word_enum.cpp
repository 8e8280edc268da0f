#include "clerk/core/word_enum.hpp"

#include "clerk/core/text.hpp"

namespace clerk {

bool word_matches(std::string_view text, std::string_view word) {
  return text::lower(text::trim(text)) == text::lower(word);
}

Error not_one_of(std::string_view text, std::string_view field,
                 const std::vector<std::string>& words, ErrorKind kind) {
  return Error(kind, "'" + std::string(text) + "' is not one of " + text::join(words, ", "))
      .field(std::string(field))
      .suggest(text::near_misses(text::trim(text), words));
}

std::string not_one_of_text(std::string_view text, const std::vector<std::string>& words) {
  return not_one_of(text, "", words).describe();
}

}  // namespace clerk
