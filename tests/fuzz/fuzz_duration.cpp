// parse_duration: a value within its bounds or Error{bad_data}; the value reads back from its
// own text.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "clerk/core/duration.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  clerk::fuzz::expect_value_or_error(
      [&] {
        int minutes = clerk::parse_duration(text, "for");
        clerk::fuzz::require(minutes > 0 && minutes <= 14 * 24 * 60, "a duration out of bounds");
        clerk::fuzz::require(
            clerk::parse_duration(clerk::format_duration(minutes), "for") == minutes,
            "format_duration() does not parse back");
      },
      {clerk::ErrorKind::bad_data});
  return 0;
}
