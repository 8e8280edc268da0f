// clerk completion bash|zsh|fish|list and clerk __complete KIND (hidden helpers for the shells)
#include <iostream>

#include "clerk/letters/letter.hpp"
#include "clerk/people/contact_store.hpp"
#include "clerk/people/staff_store.hpp"
#include "commands.hpp"
#include "completion.hpp"

namespace clerk::app {

void add_completion_commands(Cli& cli) {
  // Hidden (empty group): generated scripts are committed in completions/ and installed.
  auto* group =
      cli.command(cli.root(), "completion", "Print a shell completion script: bash, zsh or fish");
  group->group("");
  group->require_subcommand(1);
  cli.command(*group, "bash", "bash completion script")->callback([&cli] {
    std::cout << bash_completion(cli.root(), cli.completions());
  });
  cli.command(*group, "zsh", "zsh completion script")->callback([&cli] {
    std::cout << zsh_completion(cli.root(), cli.completions());
  });
  cli.command(*group, "fish", "fish completion script")->callback([&cli] {
    std::cout << fish_completion(cli.root(), cli.completions());
  });
  cli.command(*group, "list", "Every command and option, one per line (for tests)")
      ->callback([&cli] { std::cout << command_inventory(cli.root()); });

  // Values offered at tab time. Quiet and successful even with no database: a completion
  // that prints an error into the user's prompt is worse than none.
  auto kind = std::make_shared<std::string>();
  auto* complete = cli.command(cli.root(), "__complete", "Values for shell completion");
  complete->group("");
  complete->add_option("KIND", *kind)->required();
  complete->callback([&cli, kind] {
    try {
      auto& ctx = cli.open();
      std::vector<std::string> words;
      if (*kind == "staff")
        words = people::staff_logins(ctx.db());
      else if (*kind == "contacts")
        words = people::contact_names(ctx.db(), 200);
      else if (*kind == "categories")
        words = ctx.config().case_categories;
      else if (*kind == "expense-categories")
        for (const auto& c : ctx.config().expenses.categories) words.push_back(c.name);
      else if (*kind == "saved-reports")
        for (const auto& r : ctx.config().reports) words.push_back(r.name);
      for (const auto& w : words) std::cout << w << '\n';
    } catch (...) {
    }
  });
}

}  // namespace clerk::app
