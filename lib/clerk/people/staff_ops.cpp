#include "clerk/people/staff_ops.hpp"

#include "clerk/core/error.hpp"
#include "clerk/core/text.hpp"
#include "clerk/db/postgres_schema.hpp"
#include "clerk/people/db_roles.hpp"
#include "clerk/people/permission.hpp"
#include "clerk/people/staff_store.hpp"
#include "clerk/trail/write.hpp"

namespace clerk::people {
namespace {

void apply(Staff& s, const StaffChange& change) {
  if (change.name) {
    if (text::trim(*change.name).empty())
      throw Error(ErrorKind::bad_data, "a name is required").field("name");
    s.name = std::string(text::trim(*change.name));
  }
  if (change.email) s.email = std::string(text::trim(*change.email));
  if (change.role) s.role = parse_word<Role>(*change.role);
  if (change.approval_limit)
    s.approval_limit = Money::parse(*change.approval_limit, "approval-limit");
  if (change.db_role) {
    std::string role(text::trim(*change.db_role));
    if (!role.empty()) validate_db_role(role);
    s.db_role = role;
  }
}

// Two members of staff may not log in as one role: Error{bad_data} naming the other.
void require_db_role_free(db::Connection& db, const Staff& s) {
  auto other = find_staff_by_db_role(db, s.db_role.empty() ? s.login : s.db_role);
  if (other && other->id != s.id)
    throw Error(ErrorKind::bad_data, "'" + other->login + "' already logs in as role '" +
                                         (s.db_role.empty() ? s.login : s.db_role) + "'")
        .field("db-role");
}

}  // namespace

void require_admin(Context& ctx, std::string_view doing) {
  auto me = find_staff(ctx.db(), ctx.user());
  // The owner of a team database's tables, on no staff list (require_acting_staff let them in).
  if (!me && ctx.team_mode() && db::session_owns_schema(ctx.db())) return;
  if (!me || !me->active)
    throw Error(ErrorKind::not_permitted, std::string(doing) + " needs the admin role; '" +
                                              ctx.user() + "' is not active staff");
  if (me->role != Role::admin)
    throw Error(ErrorKind::not_permitted,
                needs_role_message(doing, roles_with(Permission::administer), *me));
}

void require_acting_staff(Context& ctx, bool owner_may_act) {
  if (ctx.team_mode()) {
    // Who the server says: the role this session logged in as.
    std::string role = ctx.db().query_text("SELECT session_user");
    auto me = find_staff_by_db_role(ctx.db(), role);
    if (!me && owner_may_act && db::session_owns_schema(ctx.db())) {
      ctx.act_as(role);
      return;
    }
    if (!me && staff_count(ctx.db()) > 0)
      throw Error(ErrorKind::not_permitted,
                  "the PostgreSQL role '" + role +
                      "' is not a member of staff on this team database; an admin adds them "
                      "with `clerk staff add LOGIN --db-role " +
                      role + "`");
    ctx.act_as(me ? me->login : role);
  }
  if (staff_count(ctx.db()) == 0) return;
  auto me = find_staff(ctx.db(), ctx.user());
  if (!me || !me->active)
    throw Error(ErrorKind::not_permitted,
                "'" + ctx.user() +
                    "' is not active staff on this database; act as a staff member with --user "
                    "or CLERK_USER")
        .field("user");
}

Staff get_staff(Context& ctx, std::string_view login) {
  if (auto s = find_staff(ctx.db(), login)) return *s;
  throw Error(ErrorKind::missing, "no staff member with login '" + std::string(login) + "'")
      .field("login")
      .suggest(text::near_misses(login, staff_logins(ctx.db())));
}

Staff add_staff(Context& ctx, const std::string& login, const std::string& name,
                const StaffChange& details) {
  validate_login(login);
  return trail::write(ctx.write_context(), [&](trail::Writer& w) {
    if (staff_count(w.db()) > 0) require_admin(ctx, "adding staff");
    if (find_staff(w.db(), login))
      throw Error(ErrorKind::bad_data, "a staff member with login '" + login + "' already exists")
          .field("login");
    Staff s;
    s.login = login;
    s.created_on = ctx.today();
    StaffChange all = details;
    all.name = name;
    apply(s, all);
    require_db_role_free(w.db(), s);
    s.id = insert_staff(w.db(), s);
    w.inserted("staff", s.id);
    sync_membership(w.db(), s);
    return s;
  });
}

std::vector<Staff> list_staff(Context& ctx, bool include_retired) {
  return list_staff(ctx.db(), include_retired);
}

Staff set_staff(Context& ctx, const std::string& login, const StaffChange& change) {
  return trail::write(ctx.write_context(), [&](trail::Writer& w) {
    require_admin(ctx, "changing staff");
    Staff s = get_staff(ctx, login);
    auto before = w.before("staff", s.id);
    bool was_admin = s.role == Role::admin;
    Staff was = s;
    apply(s, change);
    require_db_role_free(w.db(), s);
    if (was_admin && s.role != Role::admin && s.active && count_active_admins(w.db()) <= 1)
      throw Error(ErrorKind::not_permitted,
                  "'" + login + "' is the last admin; make another admin first")
          .field("role");
    update_staff(w.db(), s);
    w.updated(before, "set");
    if (login_role(was) != login_role(s)) {
      was.active = false;  // the role they logged in as leaves every group
      sync_membership(w.db(), was);
    }
    sync_membership(w.db(), s);
    return s;
  });
}

Staff retire_staff(Context& ctx, const std::string& login) {
  return trail::write(ctx.write_context(), [&](trail::Writer& w) {
    require_admin(ctx, "retiring staff");
    Staff s = get_staff(ctx, login);
    if (!s.active)
      throw Error(ErrorKind::bad_data, "'" + login + "' is already retired").field("login");
    if (s.role == Role::admin && count_active_admins(w.db()) <= 1)
      throw Error(ErrorKind::not_permitted,
                  "'" + login + "' is the last admin; make another admin first");
    auto before = w.before("staff", s.id);
    s.active = false;
    s.retired_on = ctx.today();
    update_staff(w.db(), s);
    w.updated(before, "retire");
    sync_membership(w.db(), s);
    return s;
  });
}

}  // namespace clerk::people
