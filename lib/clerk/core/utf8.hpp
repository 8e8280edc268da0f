// Reading UTF-8 one code point at a time, so every writer treats malformed bytes the same way.
#pragma once

#include <cstddef>
#include <string_view>

namespace clerk::utf8 {

inline constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// The length of the well-formed code point starting at s[i], stored in `cp`; 0 when the bytes
// there are not one (a stray continuation byte, an overlong form, a surrogate, past U+10FFFF, a
// sequence cut short). Callers then write one U+FFFD for that byte and go on with the next, so
// each bad byte is visible and no good character after it is lost.
inline size_t decode(std::string_view s, size_t i, char32_t& cp) {
  const auto lead = static_cast<unsigned char>(s[i]);
  if (lead < 0x80) {
    cp = lead;
    return 1;
  }
  size_t length = 0;
  char32_t smallest = 0;  // below this the sequence is an overlong form
  if ((lead & 0xE0) == 0xC0) {
    length = 2;
    smallest = 0x80;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3;
    smallest = 0x800;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4;
    smallest = 0x10000;
  } else {
    return 0;
  }
  cp = lead & (0x7F >> length);
  if (i + length > s.size()) return 0;
  for (size_t k = 1; k < length; ++k) {
    const auto next = static_cast<unsigned char>(s[i + k]);
    if ((next & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (next & 0x3F);
  }
  if (cp < smallest || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return length;
}

}  // namespace clerk::utf8
