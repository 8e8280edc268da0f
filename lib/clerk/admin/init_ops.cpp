#include "clerk/admin/init_ops.hpp"

#include "clerk/core/atomic_file.hpp"
#include "clerk/core/error.hpp"
#include "clerk/core/sha256.hpp"
#include "clerk/db/connection.hpp"
#include "clerk/db/migrations.hpp"
#include "clerk/people/staff.hpp"
#include "clerk/people/staff_store.hpp"
#include "clerk/trail/write.hpp"

namespace clerk::admin {

InitResult init_database(Context& ctx, const std::string& admin_name) {
  namespace fs = std::filesystem;
  if (!ctx.team_mode()) people::validate_login(ctx.user());
  InitResult result;
  result.db_path = ctx.options().db_path;
  result.config_path = ctx.options().config_path;
  result.admin_login = ctx.user();
  if (fs::exists(result.db_path) && fs::file_size(result.db_path) > 0)
    throw Error(ErrorKind::cannot_create, "a database already exists here; nothing was changed")
        .source(result.db_path.string());
  ctx.open_database(db::OpenMode::create);
  if (ctx.team_mode()) {
    if (ctx.db().query_int("SELECT count(*) FROM meta WHERE key = 'database_id'") > 0)
      throw Error(ErrorKind::cannot_create,
                  "the team database already holds a clerk database; nothing was changed")
          .source(ctx.db().where());
    // The first admin is whoever the server says is running init.
    ctx.act_as(ctx.db().query_text("SELECT session_user"));
    people::validate_login(ctx.user());
    result.admin_login = ctx.user();
  }

  trail::write(ctx.write_context(), [&](trail::Writer& w) {
    // The random id seeds the audit chain, so entries cannot be spliced in from another database.
    db::Statement meta(w.db(), "INSERT INTO meta (key, value) VALUES ('database_id', ?)");
    meta.bind(1, random_hex(16));
    meta.exec();
    people::Staff admin;
    admin.login = ctx.user();
    admin.name = admin_name.empty() ? ctx.user() : admin_name;
    admin.role = people::Role::admin;
    admin.created_on = ctx.today();
    admin.id = people::insert_staff(w.db(), admin);
    w.inserted("staff", admin.id, "init");
  });

  if (!fs::exists(result.config_path)) {
    write_file_atomically(result.config_path, config::default_file_text(), {0600, true});
    result.wrote_config = true;
  }
  return result;
}

}  // namespace clerk::admin
