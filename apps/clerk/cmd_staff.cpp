// clerk staff add|list|set|retire
#include "clerk/people/staff_ops.hpp"
#include "commands.hpp"

namespace clerk::app {
namespace {

struct StaffOptions {
  std::string login;
  std::string name, email, role, limit;
  bool all = false;
};

// Binds the optional detail fields shared by add and set; returns what was given.
void add_detail_options(Cli& cli, CLI::App* cmd, StaffOptions& o) {
  cmd->add_option("--email", o.email, "Email address");
  auto* role = cmd->add_option("--role", o.role, "caseworker|finance|manager|admin|volunteer");
  cli.complete(role, {words<people::Role>(), ""});
  cmd->add_option("--approval-limit", o.limit,
                  "Largest expense item they may approve, e.g. 500 or £1,000");
}

people::StaffChange change_from(CLI::App* cmd, const StaffOptions& o) {
  people::StaffChange c;
  if (cmd->count("--name")) c.name = o.name;
  if (cmd->count("--email")) c.email = o.email;
  if (cmd->count("--role")) c.role = o.role;
  if (cmd->count("--approval-limit")) c.approval_limit = o.limit;
  return c;
}

}  // namespace

void add_staff_commands(Cli& cli) {
  auto* group =
      cli.command(cli.root(), "staff", "Staff: roles and approval limits (admins change them)");
  group->require_subcommand(1);

  auto add = std::make_shared<StaffOptions>();
  auto* add_cmd = cli.command(*group, "add", "Add a member of staff");
  add_cmd->add_option("LOGIN", add->login, "Their login (what --user and CLERK_USER name)")
      ->required();
  add_cmd->add_option("--name", add->name, "Full name")->required();
  add_detail_options(cli, add_cmd, *add);
  add_cmd->callback([&cli, add, add_cmd] {
    auto change = change_from(add_cmd, *add);
    if (!change.role) change.role = "caseworker";
    auto s = people::add_staff(cli.open(), add->login, add->name, change);
    cli.note("added " + s.login + " (" + word(s.role) + ")");
  });

  auto list = std::make_shared<StaffOptions>();
  auto* list_cmd = cli.command(*group, "list", "List staff");
  list_cmd->add_flag("--all", list->all, "Include retired staff");
  list_cmd->callback(
      [&cli, list] { cli.emit(people::staff_table(people::list_staff(cli.open(), list->all))); });

  auto set = std::make_shared<StaffOptions>();
  auto* set_cmd =
      cli.command(*group, "set", "Change a member of staff's name, email, role or approval limit");
  auto* set_login = set_cmd->add_option("LOGIN", set->login, "Their login")->required();
  cli.complete(set_login, {{}, "staff"});
  set_cmd->add_option("--name", set->name, "Full name");
  add_detail_options(cli, set_cmd, *set);
  set_cmd->callback([&cli, set, set_cmd] {
    auto s = people::set_staff(cli.open(), set->login, change_from(set_cmd, *set));
    cli.note("updated " + s.login);
  });

  auto retire = std::make_shared<StaffOptions>();
  auto* retire_cmd = cli.command(
      *group, "retire", "Retire a member of staff (kept for the record; can no longer act)");
  auto* retire_login = retire_cmd->add_option("LOGIN", retire->login, "Their login")->required();
  cli.complete(retire_login, {{}, "staff"});
  retire_cmd->callback([&cli, retire] {
    auto s = people::retire_staff(cli.open(), retire->login);
    cli.note("retired " + s.login);
  });
}

}  // namespace clerk::app
