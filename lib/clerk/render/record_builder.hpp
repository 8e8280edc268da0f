// One record shown as a single-row section (a case, a report's headline figures), built a field
// at a time so each field's key, label, kind and value are written together.
#pragma once

#include <string>

#include "clerk/render/document.hpp"

namespace clerk::render {

class RecordBuilder {
 public:
  RecordBuilder& add(std::string key, std::string label, Kind kind, Cell value);
  Section section(std::string key, std::string heading) const;

 private:
  Table table_{{}, {{}}};
};

}  // namespace clerk::render
