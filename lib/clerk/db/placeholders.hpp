// SQLite's parameters (`?`, `?N`, `:name`, `@name`, `$name`) rewritten as PostgreSQL's `$N`,
// numbered exactly as SQLite numbers them, so one statement text serves both backends.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace clerk::db {

struct RewrittenSql {
  std::string sql;  // with $1, $2, ...
  int count = 0;    // the highest parameter number
  // names[i] is parameter i + 1's name as written (":ref"), or empty for `?` and `?N`.
  std::vector<std::string> names;
};

// As SQLite numbers them: `?` takes one more than the highest number so far, `?N` is N, and a
// name takes the next number on its first appearance and the same one after. Text in quotes
// ('...', "..."), comments and PostgreSQL's `::type` casts are left as they are.
RewrittenSql rewrite_placeholders(std::string_view sql);

}  // namespace clerk::db
