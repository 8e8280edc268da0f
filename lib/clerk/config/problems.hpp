// The problems found reading a config file, each with its line and dotted key, in reading order.
#pragma once

#include <string>
#include <vector>

#include <toml++/toml.h>

namespace clerk::config {

struct Problem {
  int line = 0;     // 0: the problem is not at one place in the file
  std::string key;  // dotted, as the file spells it ("office.name"); empty for a syntax error
  std::string what;
};

// Collects every problem rather than stopping at the first, so `config check` can list them all.
class Problems {
 public:
  void add(const toml::node& at, std::string key, std::string what);
  void add_unplaced(std::string key, std::string what);

  // Refuses each key of `table` that is not in `known`, suggesting a near miss: a misspelt key
  // silently ignored would leave the default in force without anyone noticing.
  void refuse_unknown(const toml::table& table, const std::string& prefix,
                      const std::vector<std::string>& known);

  const std::vector<Problem>& list() const { return list_; }

 private:
  std::vector<Problem> list_;
};

}  // namespace clerk::config
