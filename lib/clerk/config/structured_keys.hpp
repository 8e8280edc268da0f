// Settings with structure of their own, read and written by hand but entered in the key table
// like any other: extra holidays, expense category budget codes, import column names, statement
// rules.
#pragma once

#include <string>

#include "clerk/config/config.hpp"
#include "clerk/config/key_table.hpp"

namespace clerk::config {

// [[holidays.extra]] date = "YYYY-MM-DD", title, nation (by default the office's).
Key<Holidays> extra_holidays(std::string name);

// [expenses.categories] category = "BUDGET-CODE": the file's list replaces the default one.
Key<Expenses> expense_categories(std::string name);

// [expenses.import_columns] field = "Header", for the fields `expense import` reads.
Key<Expenses> import_columns(std::string name);

// [[statement.rules]] class, match, direction: the file's rules replace the default ones.
Key<Statement> statement_rules(std::string name);

}  // namespace clerk::config
