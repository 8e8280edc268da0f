#include "clerk/admin/schema_owner.hpp"

#include <string>

#include "clerk/core/error.hpp"

namespace clerk::admin {

void require_schema_owner(Context& ctx, std::string_view doing, std::string_view otherwise) {
  if (ctx.db().query_int("SELECT (pg_has_role(session_user, tableowner, 'MEMBER') OR (SELECT "
                         "rolsuper FROM pg_roles WHERE rolname = session_user))::integer FROM "
                         "pg_tables WHERE schemaname = current_schema() AND tablename = "
                         "'audit_log'") != 0)
    return;
  std::string owner = ctx.db().query_text(
      "SELECT tableowner FROM pg_tables WHERE schemaname = current_schema() "
      "AND tablename = 'audit_log'");
  throw Error(ErrorKind::not_permitted, std::string(doing) +
                                            " is run by the owner of clerk's tables ('" + owner +
                                            "'); log in as that role" + std::string(otherwise));
}

}  // namespace clerk::admin
