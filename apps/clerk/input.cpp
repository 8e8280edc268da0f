#include "input.hpp"

#include <unistd.h>

#include <charconv>
#include <cstdlib>
#include <filesystem>
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

std::function<std::unique_ptr<std::istream>()> replayable_input(const std::string& path) {
  if (path != "-") {
    if (!std::filesystem::exists(path))
      throw Error(ErrorKind::missing, "cannot open the file").source(path);
    return [path] {
      auto in = std::make_unique<std::ifstream>(path, std::ios::binary);
      if (!*in) throw Error(ErrorKind::io, "cannot read the file").source(path);
      return std::unique_ptr<std::istream>(std::move(in));
    };
  }
  // Spooled to disk, not memory: an import may be larger than the memory we allow ourselves.
  auto spool = std::make_shared<std::fstream>();
  std::string name = (std::filesystem::temp_directory_path() / "clerk-stdin-XXXXXX").string();
  int fd = mkstemp(name.data());
  if (fd < 0) throw Error(ErrorKind::cannot_create, "cannot create a temporary file for stdin");
  ::close(fd);
  spool->open(name, std::ios::in | std::ios::out | std::ios::binary | std::ios::trunc);
  std::filesystem::remove(name);  // the open stream keeps it until we are done
  if (std::cin.peek() != std::char_traits<char>::eof()) *spool << std::cin.rdbuf();
  spool->flush();
  if (!*spool) throw Error(ErrorKind::io, "cannot spool stdin to a temporary file");
  return [spool] {
    spool->clear();
    spool->seekg(0);
    // A non-owning view of the shared spool, rewound for each pass.
    return std::make_unique<std::istream>(spool->rdbuf());
  };
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
