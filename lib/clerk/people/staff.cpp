#include "clerk/people/staff.hpp"

#include "clerk/core/error.hpp"
#include "clerk/core/text.hpp"

namespace clerk::people {

const EnumWords& enum_words(Role) {
  static const EnumWords w{"role", {"caseworker", "finance", "manager", "admin", "volunteer"}};
  return w;
}

void validate_db_role(std::string_view role) {
  bool ok = !role.empty() && role.size() <= 63 && role[0] >= 'a' && role[0] <= 'z';
  for (char c : role)
    ok = ok &&
         ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-');
  if (!ok)
    throw Error(ErrorKind::bad_data,
                "'" + std::string(role) +
                    "' is not a role clerk accepts (lower-case letters, digits, '.', '_', '-'; "
                    "starting with a letter; at most 63)")
        .field("db-role");
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
