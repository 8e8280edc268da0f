#include "clerk/db/stored_value.hpp"

namespace clerk::db {

void bind_value(RawStatement& stmt, int index, const StoredValue& v) {
  if (const auto* n = std::get_if<int64_t>(&v))
    stmt.bind(index, *n);
  else if (const auto* r = std::get_if<double>(&v))
    stmt.bind(index, *r);
  else if (const auto* t = std::get_if<std::string>(&v))
    stmt.bind_static(index, *t);
  else
    stmt.bind_null(index);
}

void bind_value(db::Statement& stmt, int index, const StoredValue& v) {
  if (const auto* n = std::get_if<int64_t>(&v))
    stmt.bind(index, *n);
  else if (const auto* r = std::get_if<double>(&v))
    stmt.bind(index, *r);
  else if (const auto* t = std::get_if<std::string>(&v))
    stmt.bind(index, *t);
  else
    stmt.bind_null(index);
}

StoredValue stored_text_or_null(const std::string& text) {
  return text.empty() ? StoredValue() : StoredValue(text);
}

StoredValue stored_optional(const std::optional<Date>& date) {
  return date ? StoredValue(date->iso()) : StoredValue();
}

StoredValue stored_optional(const std::optional<int64_t>& id) {
  return id ? StoredValue(*id) : StoredValue();
}

}  // namespace clerk::db
