// clerk init
#include "clerk/admin/init_ops.hpp"
#include "commands.hpp"

namespace clerk::app {

void add_init_command(Cli& cli) {
  auto name = std::make_shared<std::string>();
  auto* cmd = cli.command(
      cli.root(), "init",
      "Create the database (mode 0600) and a default config; you become the first admin");
  cmd->add_option("--name", *name, "Your full name (default: your login)");
  cmd->callback([&cli, name] {
    admin::InitResult r = admin::init_database(cli.context(true), *name);
    cli.note("created database " + r.db_path.string() + " (admin: " + r.admin_login + ")");
    if (r.wrote_config) cli.note("wrote default config " + r.config_path.string());
  });
}

}  // namespace clerk::app
