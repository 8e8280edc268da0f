// The access log as `audit access` shows it: one row per entry, with the contacts it touched.
#pragma once

#include <vector>

#include "clerk/access/access_store.hpp"
#include "clerk/render/table.hpp"

namespace clerk::access {

std::vector<render::Column> access_columns();
std::vector<render::Cell> access_cells(const LoggedAccess& access);

}  // namespace clerk::access
