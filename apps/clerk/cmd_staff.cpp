// clerk staff: one add_staff_<leaf> per command, and kStaffLeaves, their table in help order.
#include "clerk/people/staff_ops.hpp"
#include "clerk/people/staff_tables.hpp"
#include "commands.hpp"

namespace clerk::app {
namespace {

// The details add and set bind, as typed.
struct StaffFields {
  std::string name, email, role, limit, db_role;
};

void add_detail_options(Cli& cli, CLI::App& cmd, StaffFields& o) {
  cmd.add_option("--email", o.email, "Email address");
  auto* role = cmd.add_option("--role", o.role, "caseworker|finance|manager|admin|volunteer");
  cli.complete(role, {words<people::Role>(), ""});
  cmd.add_option("--approval-limit", o.limit,
                 "Largest expense item they may approve, e.g. 500 or £1,000");
  cmd.add_option("--db-role", o.db_role,
                 "Team mode: the PostgreSQL role they log in as, when not named as their login "
                 "(\"\" for that again)");
}

// What was given of the details: a field left out is left as it is.
people::StaffChange change_from(CLI::App& cmd, const StaffFields& o) {
  people::StaffChange c;
  if (cmd.count("--name")) c.name = o.name;
  if (cmd.count("--email")) c.email = o.email;
  if (cmd.count("--role")) c.role = o.role;
  if (cmd.count("--approval-limit")) c.approval_limit = o.limit;
  if (cmd.count("--db-role")) c.db_role = o.db_role;
  return c;
}

struct StaffAddOptions {
  std::string login;
  StaffFields fields;
};

Run add_staff_add(CLI::App& cmd, Cli& cli) {
  cmd.description("Add a member of staff");
  auto o = std::make_shared<StaffAddOptions>();
  cmd.add_option("LOGIN", o->login, "Their login (what --user and CLERK_USER name)")->required();
  cmd.add_option("--name", o->fields.name, "Full name")->required();
  add_detail_options(cli, cmd, o->fields);
  return [&cli, o, &cmd] {
    auto change = change_from(cmd, o->fields);
    if (!change.role) change.role = "caseworker";
    auto s = people::add_staff(cli.open(), o->login, o->fields.name, change);
    cli.note("added " + s.login + " (" + word(s.role) + ")");
  };
}

struct StaffListOptions {
  bool all = false;
};

Run add_staff_list(CLI::App& cmd, Cli& cli) {
  cmd.description("List staff");
  auto o = std::make_shared<StaffListOptions>();
  cmd.add_flag("--all", o->all, "Include retired staff");
  return [&cli, o] { cli.emit(people::staff_table(people::list_staff(cli.open(), o->all))); };
}

struct StaffSetOptions {
  std::string login;
  StaffFields fields;
};

Run add_staff_set(CLI::App& cmd, Cli& cli) {
  cmd.description("Change a member of staff's name, email, role, approval limit or database role");
  auto o = std::make_shared<StaffSetOptions>();
  cli.complete(cmd.add_option("LOGIN", o->login, "Their login")->required(), {{}, "staff"});
  cmd.add_option("--name", o->fields.name, "Full name");
  add_detail_options(cli, cmd, o->fields);
  return [&cli, o, &cmd] {
    auto s = people::set_staff(cli.open(), o->login, change_from(cmd, o->fields));
    cli.note("updated " + s.login);
  };
}

struct StaffRetireOptions {
  std::string login;
};

Run add_staff_retire(CLI::App& cmd, Cli& cli) {
  cmd.description("Retire a member of staff (kept for the record; can no longer act)");
  auto o = std::make_shared<StaffRetireOptions>();
  cli.complete(cmd.add_option("LOGIN", o->login, "Their login")->required(), {{}, "staff"});
  return [&cli, o] {
    auto s = people::retire_staff(cli.open(), o->login);
    cli.note("retired " + s.login);
  };
}

constexpr Leaf kStaffLeaves[] = {
    {"add", add_staff_add, Needs::database, people::Permission::administer},
    {"list", add_staff_list, Needs::database, people::Permission::anyone},
    {"set", add_staff_set, Needs::database, people::Permission::administer},
    {"retire", add_staff_retire, Needs::database, people::Permission::administer},
};

}  // namespace

void add_staff_commands(Cli& cli) {
  auto* group =
      cli.command(cli.root(), "staff", "Staff: roles and approval limits (admins change them)");
  group->require_subcommand(1);
  add_leaves(cli, *group, kStaffLeaves);
}

}  // namespace clerk::app
