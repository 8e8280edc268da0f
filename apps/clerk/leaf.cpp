#include "leaf.hpp"

#include "cli.hpp"

namespace clerk::app {

namespace {

// "clerk expense budget set": the names from the root down.
std::string path_of(const CLI::App& cmd) {
  const CLI::App* parent = cmd.get_parent();
  return parent ? path_of(*parent) + " " + cmd.get_name() : "clerk";
}

}  // namespace

void add_leaves(Cli& cli, CLI::App& group, std::span<const Leaf> leaves) {
  for (const Leaf& leaf : leaves) {
    CLI::App* cmd = cli.command(group, leaf.name, "");
    if (Run run = leaf.add(*cmd, cli)) {
      std::string path = path_of(*cmd);
      cli.record_permission(path, leaf.permission);
      cmd->callback(
          [&cli, needs = leaf.needs, permission = leaf.permission, path, run = std::move(run)] {
            cli.hold_to(needs, permission, "`" + path + "`");
            run();
          });
    }
  }
}

}  // namespace clerk::app
