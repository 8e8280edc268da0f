#include "clerk/people/staff.hpp"

#include "clerk/core/error.hpp"
#include "clerk/core/text.hpp"

namespace clerk::people {

const EnumWords& enum_words(Role) {
  static const EnumWords w{"role", {"caseworker", "finance", "manager", "admin", "volunteer"}};
  return w;
}

namespace {

// Lower-case letters, digits, '.', '_' and '-', starting with a letter, at most `longest`.
bool plain_name(std::string_view name, size_t longest) {
  bool ok = !name.empty() && name.size() <= longest && name[0] >= 'a' && name[0] <= 'z';
  for (char c : name)
    ok = ok &&
         ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-');
  return ok;
}

}  // namespace

void validate_db_role(std::string_view role) {
  if (!plain_name(role, 63))
    throw Error(ErrorKind::bad_data,
                "'" + std::string(role) +
                    "' is not a role clerk accepts (lower-case letters, digits, '.', '_', '-'; "
                    "starting with a letter; at most 63)")
        .field("db-role");
}

void validate_login(std::string_view login) {
  if (!plain_name(login, 64))
    throw Error(ErrorKind::bad_data,
                "'" + std::string(login) +
                    "' is not a valid login (lower-case letters, digits, '.', '_', '-'; starting "
                    "with a letter)")
        .field("login");
}

}  // namespace clerk::people
