// Security markings on print output: which of two is the higher, and the highest a table lists.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "clerk/render/table.hpp"

namespace clerk::render {

// The Government Security Classifications in ascending order: OFFICIAL, OFFICIAL-SENSITIVE,
// SECRET, TOP SECRET. An empty marking is the lowest; one not in the list ranks with
// OFFICIAL-SENSITIVE, so an unknown word is never printed below a known one.
std::string_view higher_marking(std::string_view a, std::string_view b);

// Whether any column of `columns` holds markings (Column::marks).
bool has_marking_column(const std::vector<Column>& columns);

// Raises `marking` to the highest value in `row`'s marking columns.
void raise_marking(std::string& marking, const std::vector<Column>& columns,
                   const std::vector<Cell>& row);

// The highest marking of a table's rows: "" when it has no marking column or no rows.
std::string table_marking(const Table& table);

}  // namespace clerk::render
