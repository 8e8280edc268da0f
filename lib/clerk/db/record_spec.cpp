#include "clerk/db/record_spec.hpp"

#include <charconv>

namespace clerk::db::detail {

int64_t parse_integer(std::string_view text, std::string_view field) {
  int64_t n = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
  if (text.empty() || ec != std::errc() || end != text.data() + text.size())
    throw Error(ErrorKind::bad_data, "'" + std::string(text) + "' is not a whole number")
        .field(std::string(field));
  return n;
}

Money parse_money(std::string_view text, std::string_view field) {
  return Money::parse(text, field);
}

}  // namespace clerk::db::detail
