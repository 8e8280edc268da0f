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
};

// A login is what people type after --user: lower-case letters, digits, '.', '_' and '-',
// starting with a letter, at most 64 characters. Error{bad_data} otherwise.
void validate_login(std::string_view login);

}  // namespace clerk::people
