// The table model every command's output is built from: typed columns and rows of cells.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "clerk/core/date.hpp"
#include "clerk/core/money.hpp"
#include "clerk/core/word_enum.hpp"

namespace clerk::render {

enum class Format { table, csv, tsv, json, jsonl, md, text, html };
const EnumWords& enum_words(Format);
// CSV and TSV hold one table: a document of several needs one picked or a file per table.
constexpr bool holds_one_table(Format format) {
  return format == Format::csv || format == Format::tsv;
}

// How a column's cells are shown and typed in JSON:
//   text      string
//   integer   number
//   decimal   number with a fractional part where it has one (7.5 miles): its cells are text
//             holding the number as written ("7.5", "12"), and json writes that text unquoted
//   money     table/md/text/html "£1,234.50"; csv/tsv "1234.50"; json integer under "<key>_pence"
//   date      "2026-11-22" everywhere
//   timestamp "2026-11-22T09:15:02.123Z" everywhere
//   boolean   table "yes"/"no"; csv/tsv "true"/"false"; json true/false
enum class Kind { text, integer, decimal, money, date, timestamp, boolean };

struct Column {
  std::string key;    // stable: JSON key, CSV/TSV header
  std::string label;  // for people: table, md, text and html headers
  Kind kind = Kind::text;
  // On a printed page (`text`) too narrow for the whole table, free text wraps first; then
  // columns with drop > 0 are left out, the highest first, and a note under the table names
  // them. Identifiers are never cut.
  int drop = 0;
  // The column's values are security markings (OFFICIAL, OFFICIAL-SENSITIVE): text, md and html
  // carry the highest one listed at the top and bottom of every page.
  bool marks = false;
};

// A whole percentage: "55%" for people, 55 in CSV, TSV and JSON.
struct Percent {
  int64_t value = 0;
  friend bool operator==(const Percent&, const Percent&) = default;
};

// An empty cell is std::monostate: blank in text formats, null in JSON.
using Cell = std::variant<std::monostate, std::string, int64_t, Money, Date, bool, Percent>;

// Empty text or no date as an empty cell, so JSON says null rather than "".
inline Cell optional_cell(const std::string& text) { return text.empty() ? Cell() : Cell(text); }
inline Cell optional_cell(const std::optional<Date>& date) { return date ? Cell(*date) : Cell(); }

struct Table {
  std::vector<Column> columns;
  std::vector<std::vector<Cell>> rows;
};

}  // namespace clerk::render
