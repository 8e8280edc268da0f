// clerk init: add_init, alone in its table.
#include "clerk/admin/init_ops.hpp"
#include "commands.hpp"

namespace clerk::app {
namespace {

struct InitOptions {
  std::string name;
};

// Needs the config only: it creates the database (and the config, when there is none).
Run add_init(CLI::App& cmd, Cli& cli) {
  cmd.description(
      "Create the database (mode 0600) and a default config; you become the first admin");
  auto o = std::make_shared<InitOptions>();
  cmd.add_option("--name", o->name, "Your full name (default: your login)");
  return [&cli, o] {
    admin::InitResult r = admin::init_database(cli.context(true), o->name);
    cli.note("created database " + r.db_path.string() + " (admin: " + r.admin_login + ")");
    if (r.wrote_config) cli.note("wrote default config " + r.config_path.string());
  };
}

constexpr Leaf kInitLeaves[] = {
    {"init", add_init, Needs::config, people::Permission::anyone},
};

}  // namespace

void add_init_command(Cli& cli) { add_leaves(cli, cli.root(), kInitLeaves); }

}  // namespace clerk::app
