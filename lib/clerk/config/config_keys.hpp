// Every key of the config file, once: the table `load` reads and checks by and `to_toml` writes.
#pragma once

#include "clerk/config/config.hpp"
#include "clerk/config/key_table.hpp"

namespace clerk::config {

// The file's top-level table, in the order `config show` writes it.
const Table<Config>& config_keys();

}  // namespace clerk::config
