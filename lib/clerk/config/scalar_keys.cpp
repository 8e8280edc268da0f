#include "clerk/config/scalar_keys.hpp"

#include <algorithm>
#include <cstdint>
#include <set>
#include <string_view>

#include <fmt/format.h>

#include "clerk/core/error.hpp"

namespace clerk::config {
namespace {

std::optional<int> parse_hhmm(std::string_view s) {
  if (s.size() != 5 || s[2] != ':') return std::nullopt;
  for (size_t i : {0u, 1u, 3u, 4u})
    if (s[i] < '0' || s[i] > '9') return std::nullopt;
  int h = (s[0] - '0') * 10 + (s[1] - '0'), m = (s[3] - '0') * 10 + (s[4] - '0');
  if (h > 24 || m > 59 || (h == 24 && m != 0)) return std::nullopt;
  return h * 60 + m;
}

const std::vector<std::string>& day_names() {
  static const std::vector<std::string> names = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
  return names;
}

}  // namespace

ValueKind<std::string> text_kind(TextCheck check) {
  return {[check](Problems& problems, const toml::node& node,
                  const std::string& key) -> std::optional<std::string> {
            auto value = node.value<std::string>();
            if (!value) {
              problems.add(node, key, "must be a string");
              return std::nullopt;
            }
            if (check)
              if (auto wrong = check(*value)) {
                problems.add(node, key, *wrong);
                return std::nullopt;
              }
            return value;
          },
          [](const std::string& value) { return toml_string(value); }};
}

ValueKind<int> whole_kind(int lo, int hi) {
  return {[lo, hi](Problems& problems, const toml::node& node,
                   const std::string& key) -> std::optional<int> {
            auto value = node.value<int64_t>();
            if (!value || !node.is_integer())
              problems.add(node, key, "must be a whole number");
            else if (*value < lo || *value > hi)
              problems.add(node, key, fmt::format("must be between {} and {}", lo, hi));
            else
              return int(*value);
            return std::nullopt;
          },
          [](const int& value) { return std::to_string(value); }};
}

ValueKind<bool> flag_kind() {
  return {[](Problems& problems, const toml::node& node,
             const std::string& key) -> std::optional<bool> {
            if (auto value = node.value<bool>(); value && node.is_boolean()) return value;
            problems.add(node, key, "must be true or false");
            return std::nullopt;
          },
          [](const bool& value) { return std::string(value ? "true" : "false"); }};
}

ValueKind<Money> money_kind(std::string example, bool positive) {
  return {[example, positive](Problems& problems, const toml::node& node,
                              const std::string& key) -> std::optional<Money> {
            auto text = node.value<std::string>();
            try {
              if (!text || !node.is_string())
                throw Error(ErrorKind::bad_data, "must be an amount such as \"" + example + "\"");
              Money amount = Money::parse(*text, key);
              if (positive && amount <= Money())
                throw Error(ErrorKind::bad_data, "must be more than zero");
              return amount;
            } catch (const Error& err) {
              problems.add(node, key, err.what());
            }
            return std::nullopt;
          },
          [](const Money& value) { return toml_string(value.plain()); }};
}

ValueKind<int> clock_time_kind() {
  return {
      [](Problems& problems, const toml::node& node, const std::string& key) -> std::optional<int> {
        auto text = node.value<std::string>();
        auto minutes = text ? parse_hhmm(*text) : std::nullopt;
        if (!minutes) problems.add(node, key, "must be a time \"HH:MM\"");
        return minutes;
      },
      [](const int& minutes) {
        return toml_string(fmt::format("{:02}:{:02}", minutes / 60, minutes % 60));
      }};
}

// Day names in any case; a wrong one is left out of the list, with a problem said.
ValueKind<std::vector<unsigned>> weekdays_kind() {
  return {[](Problems& problems, const toml::node& node,
             const std::string& key) -> std::optional<std::vector<unsigned>> {
            const toml::array* items = node.as_array();
            if (!items) {
              problems.add(node, key, "must be an array such as [\"mon\", \"tue\"]");
              return std::nullopt;
            }
            const auto& names = day_names();
            std::vector<unsigned> days;
            for (const toml::node& item : *items) {
              auto v = item.value<std::string>();
              auto it = v ? std::find(names.begin(), names.end(), text::lower(*v)) : names.end();
              if (it == names.end())
                problems.add(item, key, "each day must be one of mon..sun");
              else
                days.push_back(unsigned(it - names.begin()) + 1);
            }
            return days;
          },
          [](const std::vector<unsigned>& days) {
            std::vector<std::string> items;
            for (unsigned day : days) items.push_back(toml_string(day_names()[day - 1]));
            return toml_array(items);
          }};
}

// The names read are kept even when some entries are refused: later checks (signposting's
// categories) compare against them.
ValueKind<std::vector<std::string>> names_kind() {
  return {[](Problems& problems, const toml::node& node,
             const std::string& key) -> std::optional<std::vector<std::string>> {
            const toml::array* items = node.as_array();
            if (!items || items->empty()) {
              problems.add(node, key, "must be a non-empty array of names");
              return std::nullopt;
            }
            std::vector<std::string> names;
            std::set<std::string> seen;
            for (const toml::node& item : *items) {
              auto v = item.value<std::string>();
              if (!v || v->empty())
                problems.add(item, key, "each category must be a non-empty string");
              else if (!seen.insert(*v).second)
                problems.add(item, key, "duplicate category '" + *v + "'");
              else
                names.push_back(*v);
            }
            return names;
          },
          [](const std::vector<std::string>& names) {
            std::vector<std::string> items;
            for (const auto& name : names) items.push_back(toml_string(name));
            return toml_array(items);
          }};
}

ValueKind<std::vector<int>> percentages_kind() {
  return {[](Problems& problems, const toml::node& node,
             const std::string& key) -> std::optional<std::vector<int>> {
            const toml::array* items = node.as_array();
            if (!items || items->empty()) {
              problems.add(node, key, "must be an array such as [80, 100]");
              return std::nullopt;
            }
            std::vector<int> percentages;
            for (const toml::node& item : *items) {
              auto v = item.value<int64_t>();
              if (!v || !item.is_integer() || *v < 1 || *v > 1000)
                problems.add(item, key, "each must be a whole percentage, 1 to 1000");
              else
                percentages.push_back(int(*v));
            }
            std::sort(percentages.begin(), percentages.end());
            return percentages;
          },
          [](const std::vector<int>& percentages) {
            std::vector<std::string> items;
            for (int p : percentages) items.push_back(std::to_string(p));
            return toml_array(items);
          }};
}

ValueKind<std::filesystem::path> directory_kind() {
  return {[](Problems& problems, const toml::node& node,
             const std::string& key) -> std::optional<std::filesystem::path> {
            if (auto v = node.value<std::string>()) return std::filesystem::path(*v);
            problems.add(node, key, "must be a string (a directory)");
            return std::nullopt;
          },
          [](const std::filesystem::path& path) { return toml_string(path.string()); }};
}

// UK GDPR: exports hold personal data, so a wider mode is a deliberate choice and has limits:
// the owner reads and writes, nobody else writes, nothing is executable.
ValueKind<unsigned> file_mode_kind() {
  return {[](Problems& problems, const toml::node& node,
             const std::string& key) -> std::optional<unsigned> {
            auto v = node.value<std::string>();
            bool octal = v && (v->size() == 3 || v->size() == 4) &&
                         v->find_first_not_of("01234567") == std::string::npos &&
                         (v->size() == 3 || (*v)[0] == '0');
            unsigned mode = octal ? unsigned(std::stoul(*v, nullptr, 8)) : 0;
            if (!octal || (mode & 0600) != 0600 || (mode & 0111) != 0 || (mode & 0022) != 0) {
              problems.add(node, key,
                           "must be an octal file mode as a string, such as \"0600\" or \"0640\", "
                           "that the owner can read and write, that nobody else can write and "
                           "that is not executable");
              return std::nullopt;
            }
            return mode;
          },
          [](const unsigned& mode) { return toml_string(fmt::format("{:04o}", mode)); }};
}

}  // namespace clerk::config
