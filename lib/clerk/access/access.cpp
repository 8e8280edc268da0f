#include "clerk/access/access.hpp"

#include "clerk/access/access_store.hpp"
#include "clerk/db/sqlite_error.hpp"

namespace clerk::access {

void record_access(Context& ctx, std::string_view command, std::string what,
                   std::vector<int64_t> contact_ids, int64_t records) {
  access::AccessEntry e{ctx.clock().now_utc(), ctx.user(), std::string(command), std::move(what),
                        records};
  try {
    access::insert_access(ctx.db(), e, std::move(contact_ids));
  } catch (const SQLite::Exception& ex) {
    throw db::translate(ex, ctx.options().db_path.string());
  }
}

void AccessTally::record(std::string_view noun) {
  if (records_ == 0) return;
  record_access(ctx_, command_, std::to_string(records_) + " " + std::string(noun), std::move(ids_),
                records_);
}

}  // namespace clerk::access
