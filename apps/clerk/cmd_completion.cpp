// clerk completion bash|zsh|fish|list and clerk __complete KIND (hidden helpers for the shells):
// one add_completion_<leaf> per command, and their tables in help order.
#include <iostream>

#include "clerk/letters/letter.hpp"
#include "clerk/people/contact_store.hpp"
#include "clerk/people/staff_store.hpp"
#include "commands.hpp"
#include "completion.hpp"

namespace clerk::app {
namespace {

Run add_completion_bash(CLI::App& cmd, Cli& cli) {
  cmd.description("bash completion script");
  return [&cli] { std::cout << bash_completion(cli.root(), cli.completions()); };
}

Run add_completion_zsh(CLI::App& cmd, Cli& cli) {
  cmd.description("zsh completion script");
  return [&cli] { std::cout << zsh_completion(cli.root(), cli.completions()); };
}

Run add_completion_fish(CLI::App& cmd, Cli& cli) {
  cmd.description("fish completion script");
  return [&cli] { std::cout << fish_completion(cli.root(), cli.completions()); };
}

Run add_completion_list(CLI::App& cmd, Cli& cli) {
  cmd.description("Every command and option, one per line (for tests)");
  return [&cli] { std::cout << command_inventory(cli.root()); };
}

struct CompleteOptions {
  std::string kind;
};

// Values offered at tab time. Quiet and successful even with no database: a completion that
// prints an error into the user's prompt is worse than none.
Run add_complete_values(CLI::App& cmd, Cli& cli) {
  cmd.description("Values for shell completion");
  cmd.group("");
  auto o = std::make_shared<CompleteOptions>();
  cmd.add_option("KIND", o->kind)->required();
  return [&cli, o] {
    try {
      auto& ctx = cli.open();
      std::vector<std::string> words;
      if (o->kind == "staff")
        words = people::staff_logins(ctx.db());
      else if (o->kind == "contacts")
        words = people::contact_names(ctx.db(), 200);
      else if (o->kind == "categories")
        words = ctx.config().case_categories;
      else if (o->kind == "expense-categories")
        for (const auto& c : ctx.config().expenses.categories) words.push_back(c.name);
      else if (o->kind == "saved-reports")
        for (const auto& r : ctx.config().reports) words.push_back(r.name);
      for (const auto& w : words) std::cout << w << '\n';
    } catch (...) {
    }
  };
}

Run add_permissions(CLI::App& cmd, Cli& cli) {
  cmd.description("Every command, the permission it needs and the roles that hold it (for tests)");
  cmd.group("");
  return [&cli] {
    for (const auto& [command, permission] : cli.permissions()) {
      std::string roles;
      for (people::Role r : people::roles_with(permission))
        roles += (roles.empty() ? "" : " ") + word(r);
      std::cout << command << '\t' << word(permission) << '\t' << roles << '\n';
    }
  };
}

constexpr Leaf kCompletionLeaves[] = {
    {"bash", add_completion_bash, Needs::nothing, people::Permission::anyone},
    {"zsh", add_completion_zsh, Needs::nothing, people::Permission::anyone},
    {"fish", add_completion_fish, Needs::nothing, people::Permission::anyone},
    {"list", add_completion_list, Needs::nothing, people::Permission::anyone},
};

constexpr Leaf kCompleteLeaves[] = {
    {"__complete", add_complete_values, Needs::database, people::Permission::anyone},
    {"__permissions", add_permissions, Needs::nothing, people::Permission::anyone},
};

}  // namespace

void add_completion_commands(Cli& cli) {
  // Hidden (empty group): generated scripts are committed in completions/ and installed.
  auto* group =
      cli.command(cli.root(), "completion", "Print a shell completion script: bash, zsh or fish");
  group->group("");
  group->require_subcommand(1);
  add_leaves(cli, *group, kCompletionLeaves);
  add_leaves(cli, cli.root(), kCompleteLeaves);
}

}  // namespace clerk::app
