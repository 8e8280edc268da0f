#include "clerk/render/table.hpp"

#include <array>

namespace clerk::render {
namespace {

// In enum order, so a Format indexes its own name; the names are the --format words.
constexpr std::array<std::string_view, 8> kNames = {"table", "csv", "tsv",  "json",
                                                    "jsonl", "md",  "text", "html"};

}  // namespace

std::optional<Format> parse_format(std::string_view name) {
  for (size_t i = 0; i < kNames.size(); ++i)
    if (kNames[i] == name) return static_cast<Format>(i);
  return std::nullopt;
}

std::string_view format_name(Format format) { return kNames[static_cast<size_t>(format)]; }

const std::vector<std::string>& format_names() {
  static const std::vector<std::string> names(kNames.begin(), kNames.end());
  return names;
}

}  // namespace clerk::render
