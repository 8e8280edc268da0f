// Reading and binding the optional values every store has: NULL for an absent date, id or text.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "clerk/core/date.hpp"
#include "clerk/db/connection.hpp"

namespace clerk::db {

// A stored YYYY-MM-DD date, or nullopt for NULL; a malformed one is Error{bad_data} naming
// the column.
std::optional<Date> optional_date(const db::Value& column);
std::optional<int64_t> optional_int(const db::Value& column);

// NULL for an absent value; empty text is stored as NULL too.
void bind_optional(db::Statement& q, const char* name, const std::optional<Date>& value);
void bind_optional(db::Statement& q, const char* name, const std::optional<int64_t>& value);
void bind_text_or_null(db::Statement& q, const char* name, const std::string& value);

// The column names of a store's select list ("c.id, c.ref, ..." gives id, ref, ...), so a bulk
// load names the columns from the same one list the store reads them by.
std::vector<std::string> column_names(std::string_view select_list);

}  // namespace clerk::db
