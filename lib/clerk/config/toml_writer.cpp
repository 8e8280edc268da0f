#include "clerk/config/toml_writer.hpp"

#include "clerk/core/json_text.hpp"
#include "clerk/core/text.hpp"

namespace clerk::config {

TomlWriter TomlWriter::for_inline_table() {
  TomlWriter w;
  w.inline_ = true;
  return w;
}

void TomlWriter::header(std::string_view path, bool array_entry, bool tight) {
  if (!out_.empty() && !tight) out_ += '\n';
  out_ += array_entry ? "[[" : "[";
  out_ += path;
  out_ += array_entry ? "]]\n" : "]\n";
}

void TomlWriter::value(std::string_view key, std::string_view value) {
  std::string line = std::string(key) + " = " + std::string(value);
  if (inline_)
    pairs_.push_back(std::move(line));
  else
    out_ += line + '\n';
}

std::string TomlWriter::inline_text() const { return "{ " + text::join(pairs_, ", ") + " }"; }

// TOML basic strings read JSON's escapes (\" \\ \n \t \uXXXX), so one writer serves both.
std::string toml_string(std::string_view s) { return json::quoted(s); }

std::string toml_array(const std::vector<std::string>& items) {
  return "[" + text::join(items, ", ") + "]";
}

std::string dotted(std::string_view path, std::string_view name) {
  return path.empty() ? std::string(name) : std::string(path) + "." + std::string(name);
}

}  // namespace clerk::config
