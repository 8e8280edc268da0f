// How a cell becomes text: the form people read, the form scripts read, and text made safe to show.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "clerk/render/table.hpp"

namespace clerk::render {

// For people (table, md, text, html): money "£1,234.50", percentages "55%", booleans "yes"/"no",
// empty "".
// Returns a view of the cell's own string or of `scratch`, so text cells are never copied.
std::string_view human_text(const Cell& cell, std::string& scratch);
// For scripts (csv, tsv): money "1234.50", percentages "55", booleans "true"/"false", empty "".
std::string_view plain_text(const Cell& cell, std::string& scratch);

// Spreadsheets run a cell starting with = + - @ (or a tab or line break) as a formula (CSV
// injection, OWASP), and open TSV as readily as CSV: both writers put a leading ' before such a
// cell so it stays text. Only text columns are guarded, so "-3.20" in a money column stays a
// number. JSON is exact and never guarded.
bool needs_formula_guard(Kind kind, std::string_view text);

// Number and money columns line up on the right, so units sit under units.
constexpr bool right_aligned(Kind kind) {
  return kind == Kind::integer || kind == Kind::decimal || kind == Kind::money;
}

enum class Breaks { to_space, keep };
// Appends `s` made safe for a terminal or a page: malformed UTF-8 and control characters (C0,
// DEL, C1: data must not drive the terminal) become U+FFFD; a tab becomes a space; a line break
// (CR LF, CR or LF) becomes a space, or "\n" with Breaks::keep.
void append_printable(std::string& out, std::string_view s, Breaks breaks);
// One printable line: append_printable with line breaks as spaces.
std::string printable_line(std::string_view s);

// Error{internal} unless a row has exactly one cell per column: a mismatch is a caller's bug.
void check_row_size(size_t columns, size_t cells);

}  // namespace clerk::render
