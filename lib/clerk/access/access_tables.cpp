#include "clerk/access/access_tables.hpp"

namespace clerk::access {

std::vector<render::Column> access_columns() {
  using render::Kind;
  return {{"id", "ID", Kind::integer},         {"ts_utc", "When (UTC)", Kind::timestamp},
          {"actor", "User", Kind::text},       {"command", "Command", Kind::text},
          {"what", "What", Kind::text},        {"records", "Records", Kind::integer},
          {"contacts", "Contacts", Kind::text}};
}

std::vector<render::Cell> access_cells(const LoggedAccess& a) {
  const AccessEntry& e = a.entry;
  return {a.id, e.ts_utc, e.actor, e.command, e.what, e.records, a.contacts};
}

}  // namespace clerk::access
