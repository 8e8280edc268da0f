#include "clerk/render/table.hpp"

namespace clerk::render {
const EnumWords& enum_words(Format) {
  static const EnumWords w{"format",
                           {"table", "csv", "tsv", "json", "jsonl", "md", "text", "html"}};
  return w;
}

}  // namespace clerk::render
