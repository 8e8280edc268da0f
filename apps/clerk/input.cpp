#include "input.hpp"

#include <unistd.h>

#include <charconv>
#include <cstdlib>
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

RereadableInput::RereadableInput(const std::string& path) {
  if (path != "-") {
    path_ = path;
    source_ = path;
    if (!std::filesystem::exists(path_))
      throw Error(ErrorKind::missing, "cannot open the file").source(path);
    return;
  }
  source_ = "stdin";
  const char* tmp = std::getenv("TMPDIR");
  std::string name = std::string(tmp && *tmp == '/' ? tmp : "/tmp") + "/clerk-stdin-XXXXXX";
  int fd = mkstemp(name.data());  // created 0600: the input may hold personal data
  if (fd < 0) throw Error(ErrorKind::cannot_create, "cannot make a temporary file").source(name);
  path_ = name;
  temporary_ = true;
  char buf[1 << 16];
  while (std::cin.read(buf, sizeof buf) || std::cin.gcount() > 0) {
    const char* p = buf;
    auto left = size_t(std::cin.gcount());
    while (left > 0) {
      ssize_t n = ::write(fd, p, left);
      if (n < 0) {
        ::close(fd);
        std::filesystem::remove(path_);
        throw Error(ErrorKind::io, "cannot copy standard input").source(name);
      }
      p += n;
      left -= size_t(n);
    }
  }
  ::close(fd);
}

RereadableInput::~RereadableInput() {
  if (temporary_) {
    std::error_code ignored;
    std::filesystem::remove(path_, ignored);
  }
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
