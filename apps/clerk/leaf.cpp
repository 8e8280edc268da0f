#include "leaf.hpp"

#include "cli.hpp"

namespace clerk::app {

void add_leaves(Cli& cli, CLI::App& group, std::span<const Leaf> leaves) {
  for (const Leaf& leaf : leaves) {
    CLI::App* cmd = cli.command(group, leaf.name, "");
    if (Run run = leaf.add(*cmd, cli))
      cmd->callback([&cli, needs = leaf.needs, run = std::move(run)] {
        cli.hold_to(needs);
        run();
      });
  }
}

}  // namespace clerk::app
