// Reading command input: files or stdin ("-"), whole numbers from option text.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace clerk::app {

// The whole of FILE, or of stdin for "-". Error{missing} when the file does not exist,
// Error{io} when it cannot be read.
std::string read_input(const std::string& path);

// An input that can be read more than once: FILE itself, or for "-" a private temporary copy
// of stdin, removed again when this goes. Error{missing} when FILE does not exist.
class RereadableInput {
 public:
  explicit RereadableInput(const std::string& path);
  ~RereadableInput();
  RereadableInput(const RereadableInput&) = delete;
  RereadableInput& operator=(const RereadableInput&) = delete;

  const std::filesystem::path& path() const { return path_; }
  // How errors name it: the file as given, or "stdin".
  const std::string& source() const { return source_; }

 private:
  std::filesystem::path path_;
  std::string source_;
  bool temporary_ = false;
};

// TEXT, or all of stdin when TEXT is "-".
std::string text_or_stdin(const std::string& text);

// A whole number in [lo, hi]; Error{bad_data} naming `field` otherwise.
int parse_int(std::string_view text, std::string_view field, int lo, int hi);

}  // namespace clerk::app
