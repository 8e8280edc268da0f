// Money::parse: any text is a value or Error{bad_data}; a value reads back from its own text.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "clerk/core/money.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  for (bool negative : {false, true}) {
    clerk::fuzz::expect_value_or_error(
        [&] {
          clerk::Money m = clerk::Money::parse(text, "amount", negative);
          clerk::fuzz::require(negative || m.pence() >= 0, "a negative amount accepted");
          clerk::fuzz::require(clerk::Money::parse(m.plain(), "amount", true) == m,
                               "plain() does not parse back to the same pence");
          clerk::fuzz::require(clerk::Money::parse(m.display(), "amount", true) == m,
                               "display() does not parse back to the same pence");
        },
        {clerk::ErrorKind::bad_data});
  }
  return 0;
}
