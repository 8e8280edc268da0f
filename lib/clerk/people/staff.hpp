// Staff: the people who use clerk, their roles and approval limits, and the rules about them.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "clerk/core/date.hpp"
#include "clerk/core/money.hpp"
#include "clerk/core/word_enum.hpp"

namespace clerk::people {

enum class Role { caseworker, finance, manager, admin, volunteer };

const EnumWords& enum_words(Role);
// Error{bad_data} naming `field`, with the valid roles, for anything else.

struct Staff {
  int64_t id = 0;
  std::string login;
  std::string name;
  std::string email;
  Role role = Role::caseworker;
  Money approval_limit;
  bool active = true;
  Date created_on;
  std::optional<Date> retired_on;
  // Team mode: the PostgreSQL role they log in as; empty for the role named as the login.
  std::string db_role;
};

// A login is what people type after --user: lower-case letters, digits, '.', '_' and '-',
// starting with a letter, at most 64 characters. Error{bad_data} otherwise.
void validate_login(std::string_view login);
// A PostgreSQL role name as clerk accepts one: as a login, at most 63 characters (the
// server's limit). Error{bad_data} on field db-role otherwise.
void validate_db_role(std::string_view role);

}  // namespace clerk::people
