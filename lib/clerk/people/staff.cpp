#include "clerk/people/staff.hpp"

#include "clerk/core/error.hpp"
#include "clerk/core/text.hpp"

namespace clerk::people {

const std::vector<std::string>& role_names() {
  static const std::vector<std::string> names = {"caseworker", "finance", "manager", "admin",
                                                 "volunteer"};
  return names;
}

std::string_view role_name(Role role) { return role_names()[size_t(role)]; }

Role parse_role(std::string_view text, std::string_view field) {
  const auto& names = role_names();
  for (size_t i = 0; i < names.size(); ++i)
    if (names[i] == text) return Role(i);
  throw Error(ErrorKind::bad_data,
              "'" + std::string(text) + "' is not a role; roles are " + text::join(names, ", "))
      .field(std::string(field));
}

void validate_login(std::string_view login) {
  bool ok = !login.empty() && login.size() <= 64 && login[0] >= 'a' && login[0] <= 'z';
  for (char c : login)
    ok = ok &&
         ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-');
  if (!ok)
    throw Error(ErrorKind::bad_data,
                "'" + std::string(login) +
                    "' is not a valid login (lower-case letters, digits, '.', '_', '-'; starting "
                    "with a letter)")
        .field("login");
}

}  // namespace clerk::people
