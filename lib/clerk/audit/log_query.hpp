// Reading the trail for `audit log`: filters, and the table people and scripts see.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "clerk/core/date.hpp"
#include "clerk/db/connection.hpp"
#include "clerk/render/table.hpp"

namespace clerk::audit {

struct LogFilter {
  std::string entity;  // table name, e.g. "contact"
  std::optional<int64_t> entity_id;
  std::string user;
  std::optional<Date> since;  // entries on or after this UTC day
  std::string action;
  int limit = 0;         // 0: all; otherwise the newest `limit`, still in sequence order
  bool payload = false;  // include the before/after images
};

// "case:42" or "contact" → (entity, id). Error{bad_data} naming --entity otherwise.
std::pair<std::string, std::optional<int64_t>> parse_entity_ref(std::string_view text);

std::vector<render::Column> log_columns(bool payload);
// Streams matching entries in sequence order as table rows.
void for_each_log_row(db::Connection& db, const LogFilter& filter,
                      const std::function<void(const std::vector<render::Cell>&)>& each);

}  // namespace clerk::audit
