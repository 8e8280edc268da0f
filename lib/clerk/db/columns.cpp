#include "clerk/db/columns.hpp"

#include "clerk/core/text.hpp"

namespace clerk::db {

std::optional<Date> optional_date(const db::Value& column) {
  if (column.is_null()) return std::nullopt;
  return Date::parse_iso(column.text(), column.name());
}

std::optional<int64_t> optional_int(const db::Value& column) {
  if (column.is_null()) return std::nullopt;
  return column.int64();
}

void bind_optional(db::Statement& q, const char* name, const std::optional<Date>& value) {
  if (value)
    q.bind(name, value->iso());
  else
    q.bind_null(name);
}

void bind_optional(db::Statement& q, const char* name, const std::optional<int64_t>& value) {
  if (value)
    q.bind(name, *value);
  else
    q.bind_null(name);
}

void bind_text_or_null(db::Statement& q, const char* name, const std::string& value) {
  if (value.empty())
    q.bind_null(name);
  else
    q.bind(name, value);
}

std::vector<std::string> column_names(std::string_view select_list) {
  std::vector<std::string> names;
  for (const auto& item : text::split(select_list, ',')) {
    std::string_view name = text::trim(item);
    if (auto dot = name.find('.'); dot != std::string_view::npos) name.remove_prefix(dot + 1);
    names.emplace_back(name);
  }
  return names;
}

}  // namespace clerk::db
