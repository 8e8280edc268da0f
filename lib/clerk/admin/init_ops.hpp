// `clerk init`: a new database (0600), its random id, the acting user as first admin, a config.
#pragma once

#include <string>

#include "clerk/session/context.hpp"

namespace clerk::admin {

struct InitResult {
  std::filesystem::path db_path;
  std::filesystem::path config_path;
  bool wrote_config = false;
  std::string admin_login;
};

// Error{cannot_create} when a clerk database already exists at the path.
InitResult init_database(Context& ctx, const std::string& admin_name);

}  // namespace clerk::admin
