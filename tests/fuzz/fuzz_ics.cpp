// iCalendar import: events, each with the line it starts on, or Error{bad_data}.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string_view>

#include "clerk/diary/ical.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  clerk::fuzz::expect_value_or_error(
      [&] {
        clerk::diary::ical::ReadResult result = clerk::diary::ical::read(text, "fuzz.ics");
        for (const auto& imported : result.events) {
          clerk::fuzz::require(imported.line > 0, "an event without its line");
        }
      },
      {clerk::ErrorKind::bad_data});
  return 0;
}
