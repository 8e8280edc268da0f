// The few places where SQLite's SQL, as the stores write it, means something else on PostgreSQL,
// rewritten when a statement is prepared on a team database (after its parameters: see
// placeholders.hpp), so each store keeps one statement text for both backends:
// - `LIKE` is case-insensitive for ASCII on SQLite: `ILIKE` (the schema's text is COLLATE "C",
//   so it too folds ASCII only);
// - `a = b COLLATE NOCASE` (any comparison) compares ASCII-lowercased: `lower(a) = lower(b)`,
//   and a lone `x COLLATE NOCASE` (an ORDER BY) is `lower(x)`;
// - `ifnull(` is `coalesce(`, `instr(` is `strpos(`, and `group_concat(text, separator)` is
//   `string_agg(`;
// - `NOT INDEXED`, a hint to SQLite's planner, is left out.
// Text in quotes and comments is left alone. Operands are single terms (a column, a.column, a
// parameter or a quoted string), as the stores write them.
#pragma once

#include <string>
#include <string_view>

namespace clerk::db {

std::string to_postgres_dialect(std::string_view sql);

}  // namespace clerk::db
