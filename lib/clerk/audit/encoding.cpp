#include "clerk/audit/encoding.hpp"

namespace clerk::audit {
namespace {

void put_u32(std::string& out, uint32_t n) {
  out.push_back(char((n >> 24) & 0xFF));
  out.push_back(char((n >> 16) & 0xFF));
  out.push_back(char((n >> 8) & 0xFF));
  out.push_back(char(n & 0xFF));
}

}  // namespace

Encoder& Encoder::field(std::string_view bytes) {
  put_u32(out_, uint32_t(bytes.size()));
  out_.append(bytes);
  return *this;
}

Encoder& Encoder::optional(const std::optional<int64_t>& n) {
  if (n) return field(*n);
  put_u32(out_, 0xFFFFFFFFu);
  return *this;
}

}  // namespace clerk::audit
