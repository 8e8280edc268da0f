// iCalendar import, strict and lenient: events, each with the line it starts on (a skipped one
// with its reason), or Error{bad_data}.
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
        using clerk::diary::ical::Strictness;
        for (auto strictness : {Strictness::lenient, Strictness::strict}) {
          clerk::diary::ical::ReadResult result =
              clerk::diary::ical::read(text, "fuzz.ics", strictness);
          for (const auto& imported : result.events) {
            clerk::fuzz::require(imported.line > 0, "an event without its line");
            clerk::fuzz::require(imported.skipped.empty() || imported.skipped_line > 0,
                                 "a skipped event without the line that says why");
            clerk::fuzz::require(!imported.event.uid.empty() || !imported.skipped.empty(),
                                 "an event kept without a UID");
          }
        }
      },
      {clerk::ErrorKind::bad_data});
  return 0;
}
