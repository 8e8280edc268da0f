// One column's value as a store binds it: NULL, INTEGER, REAL (decimal miles) or TEXT, each
// stored as given in a column of that type. Record specs (record_spec.hpp) and bulk loads
// (trail/batch_inserter.hpp) pass rows as these.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <variant>

#include "clerk/core/date.hpp"
#include "clerk/db/connection.hpp"
#include "clerk/db/raw_statement.hpp"

namespace clerk::db {

using StoredValue = std::variant<std::monostate, int64_t, std::string, double>;

// Binds without a copy: `value` must outlive the statement's next step.
void bind_value(RawStatement& stmt, int index, const StoredValue& value);
// The same on a db::Statement (the ordinary, one-row writes, on either backend).
void bind_value(db::Statement& stmt, int index, const StoredValue& value);

// NULL for an absent value and for empty optional text, as the stores bind them
// (bind_optional, bind_text_or_null in columns.hpp).
StoredValue stored_text_or_null(const std::string& text);
StoredValue stored_optional(const std::optional<Date>& date);
StoredValue stored_optional(const std::optional<int64_t>& id);

}  // namespace clerk::db
