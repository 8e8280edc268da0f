#include "clerk/render/record_builder.hpp"

namespace clerk::render {

RecordBuilder& RecordBuilder::add(std::string key, std::string label, Kind kind, Cell value) {
  table_.columns.push_back({std::move(key), std::move(label), kind});
  table_.rows.front().push_back(std::move(value));
  return *this;
}

Section RecordBuilder::section(std::string key, std::string heading) const {
  return Section{std::move(key), std::move(heading), table_, true};
}

}  // namespace clerk::render
