// Shell completions generated from the CLI11 command tree, so they cannot drift from it.
#pragma once

#include <map>
#include <string>

#include <CLI/CLI.hpp>

#include "cli.hpp"

namespace clerk::app {

std::string bash_completion(const CLI::App& root,
                            const std::map<const CLI::Option*, Completion>& values);
std::string zsh_completion(const CLI::App& root,
                           const std::map<const CLI::Option*, Completion>& values);
std::string fish_completion(const CLI::App& root,
                            const std::map<const CLI::Option*, Completion>& values);
// One line per visible command ("contact add") and per option ("contact add --kind"), for tests.
std::string command_inventory(const CLI::App& root);

}  // namespace clerk::app
