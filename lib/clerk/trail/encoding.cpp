#include "clerk/trail/encoding.hpp"

#include <charconv>

namespace clerk::trail {
namespace {

void put_u32(std::string& out, uint32_t n) {
  const char bytes[4] = {char((n >> 24) & 0xFF), char((n >> 16) & 0xFF), char((n >> 8) & 0xFF),
                         char(n & 0xFF)};
  out.append(bytes, 4);
}

}  // namespace

Encoder& Encoder::field(std::string_view bytes) {
  put_u32(out_, uint32_t(bytes.size()));
  out_.append(bytes);
  return *this;
}

Encoder& Encoder::field(int64_t n) {
  char digits[24];
  auto end = std::to_chars(digits, digits + sizeof digits, n).ptr;
  return field(std::string_view(digits, size_t(end - digits)));
}

Encoder& Encoder::optional(const std::optional<int64_t>& n) {
  if (n) return field(*n);
  put_u32(out_, 0xFFFFFFFFu);
  return *this;
}

}  // namespace clerk::trail
