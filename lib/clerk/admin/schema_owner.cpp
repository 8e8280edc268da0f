#include "clerk/admin/schema_owner.hpp"

#include <string>

#include "clerk/core/error.hpp"
#include "clerk/db/postgres_schema.hpp"

namespace clerk::admin {

void require_schema_owner(Context& ctx, std::string_view doing, std::string_view otherwise) {
  if (db::session_owns_schema(ctx.db())) return;
  throw Error(ErrorKind::not_permitted,
              std::string(doing) + " is run by the owner of clerk's tables ('" +
                  db::schema_owner(ctx.db()) + "'); log in as that role" + std::string(otherwise));
}

}  // namespace clerk::admin
