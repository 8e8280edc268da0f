// Writes TOML laid out as `config show` prints it: [headers] a blank line apart, `key = value`
// lines, and inline tables `{ key = value, ... }`.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace clerk::config {

class TomlWriter {
 public:
  // A writer whose values become one inline table, `{ key = value, ... }` (see inline_text).
  static TomlWriter for_inline_table();

  // `[path]`, or `[[path]]` for an entry of an array of tables; a blank line comes first unless
  // it opens the file or the entry is `tight` (kept against the keys of the table above it).
  void header(std::string_view path, bool array_entry = false, bool tight = false);

  // `key = value`, with the value already TOML text (see toml_string).
  void value(std::string_view key, std::string_view value);

  const std::string& text() const { return out_; }
  std::string inline_text() const;

 private:
  bool inline_ = false;
  std::string out_;
  std::vector<std::string> pairs_;  // inline: the `key = value` pairs
};

// A TOML basic string, quoted and escaped.
std::string toml_string(std::string_view s);

// A TOML array of items already in TOML text: ["a", "b"] or [80, 100].
std::string toml_array(const std::vector<std::string>& items);

// `path.name`, or `name` at the top level.
std::string dotted(std::string_view path, std::string_view name);

}  // namespace clerk::config
