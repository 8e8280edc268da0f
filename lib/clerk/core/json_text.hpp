// Writing JSON text: string quoting with escapes, valid UTF-8 out whatever bytes come in.
#pragma once

#include <string>
#include <string_view>

namespace clerk::json {

// Appends `s` as a JSON string literal: quotes, backslash and control characters escaped,
// invalid UTF-8 bytes replaced by U+FFFD so the output is always valid UTF-8.
void append_quoted(std::string& out, std::string_view s);
std::string quoted(std::string_view s);

}  // namespace clerk::json
