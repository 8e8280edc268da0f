// Reading command input: files or stdin ("-"), whole numbers from option text.
#pragma once

#include <functional>
#include <istream>
#include <memory>
#include <string>
#include <string_view>

namespace clerk::app {

// The whole of FILE, or of stdin for "-". Error{missing} when the file does not exist,
// Error{io} when it cannot be read.
std::string read_input(const std::string& path);

// Input an import can read more than once (check every row, then write): a file is reopened;
// stdin ("-") is first copied to an unlinked temporary file. Error{missing} for a missing file.
std::function<std::unique_ptr<std::istream>()> replayable_input(const std::string& path);

// TEXT, or all of stdin when TEXT is "-".
std::string text_or_stdin(const std::string& text);

// A whole number in [lo, hi]; Error{bad_data} naming `field` otherwise.
int parse_int(std::string_view text, std::string_view field, int lo, int hi);

}  // namespace clerk::app
