// The canonical byte encoding hashed by the audit trail: a version tag, then each field as a
// 4-byte big-endian length and its bytes. Unambiguous without any JSON canonicalisation.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace clerk::trail {

class Encoder {
 public:
  explicit Encoder(std::string_view version_tag) { field(version_tag); }
  // Starts a new message in the same buffer (a loop over rows keeps its capacity).
  void restart(std::string_view version_tag) {
    out_.clear();
    field(version_tag);
  }
  Encoder& field(std::string_view bytes);
  Encoder& field(int64_t n);  // its decimal digits
  // Absent values encode as length 0xFFFFFFFF so they differ from the empty string.
  Encoder& optional(const std::optional<int64_t>& n);
  const std::string& bytes() const { return out_; }

 private:
  std::string out_;
};

}  // namespace clerk::trail
