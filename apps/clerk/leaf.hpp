// A group's command table: each leaf command's name, how it binds its options, what it needs.
#pragma once

#include <functional>
#include <span>

#include <CLI/CLI.hpp>

#include "clerk/people/permission.hpp"

namespace clerk::app {

class Cli;

// What a leaf loads to do its work. Cli holds the running leaf to what its table entry says:
// `Cli::context()` refuses a leaf that needs nothing and `Cli::open()` one that needs no
// database (an internal error), so an entry that understates its leaf fails the first
// transcript that runs it.
enum class Needs {
  nothing,   // the command line alone: completion scripts, `config path`
  config,    // the config but no existing database (`init` creates one)
  database,  // the existing database: `Cli::open()` opens it for the acting user (`db migrate`
             // and `db restore` open it themselves)
};

// What a leaf does once its options are parsed.
using Run = std::function<void()>;

// One command of a group. `add` gives the command its help and options and returns what it
// runs; a group within the group (`expense budget`) adds its own table there and returns no
// Run, so it runs nothing itself and its `needs` is `nothing`. `permission` is who may run it
// (people/permission.hpp), checked when it opens the database: each table is the README's
// permission table for its group.
struct Leaf {
  const char* name;
  Run (*add)(CLI::App& cmd, Cli& cli);
  Needs needs;
  people::Permission permission;
};

// Adds `leaves` under `group` in table order, which is help order, each run held to its needs.
void add_leaves(Cli& cli, CLI::App& group, std::span<const Leaf> leaves);

}  // namespace clerk::app
