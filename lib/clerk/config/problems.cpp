#include "clerk/config/problems.hpp"

#include <algorithm>

#include "clerk/core/text.hpp"

namespace clerk::config {

void Problems::add(const toml::node& at, std::string key, std::string what) {
  list_.push_back({int(at.source().begin.line), std::move(key), std::move(what)});
}

void Problems::add_unplaced(std::string key, std::string what) {
  list_.push_back({0, std::move(key), std::move(what)});
}

void Problems::refuse_unknown(const toml::table& table, const std::string& prefix,
                              const std::vector<std::string>& known) {
  for (auto&& [k, v] : table) {
    std::string name(k.str());
    if (std::find(known.begin(), known.end(), name) != known.end()) continue;
    auto near = text::near_misses(name, known, 1);
    list_.push_back(
        {int(k.source().begin.line), prefix + name,
         "unknown setting" +
             (near.empty() ? std::string() : " (did you mean " + prefix + near.front() + "?)")});
  }
}

}  // namespace clerk::config
