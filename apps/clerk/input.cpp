#include "input.hpp"

#include <charconv>
#include <fstream>
#include <iostream>
#include <sstream>

#include "clerk/core/error.hpp"

namespace clerk::app {

std::string read_input(const std::string& path) {
  std::ostringstream buf;
  if (path == "-") {
    buf << std::cin.rdbuf();
    return buf.str();
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorKind::missing, "cannot open the file").source(path);
  buf << in.rdbuf();
  if (in.bad()) throw Error(ErrorKind::io, "cannot read the file").source(path);
  return buf.str();
}

std::string text_or_stdin(const std::string& text) {
  if (text != "-") return text;
  // Like the shell's $(...): the newline that ends the last line is not part of the text.
  std::string in = read_input("-");
  while (!in.empty() && (in.back() == '\n' || in.back() == '\r')) in.pop_back();
  return in;
}

int parse_int(std::string_view text, std::string_view field, int lo, int hi) {
  int value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || value < lo || value > hi)
    throw Error(ErrorKind::bad_data, "'" + std::string(text) + "' is not a whole number from " +
                                         std::to_string(lo) + " to " + std::to_string(hi))
        .field(std::string(field));
  return value;
}

}  // namespace clerk::app
