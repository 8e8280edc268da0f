#include "clerk/db/erasure.hpp"

namespace clerk::db {

void zero_freed_space(Connection& db) {
  if (db.backend() == Backend::sqlite) db.exec("PRAGMA secure_delete = ON");
}

void reclaim_erased_space(Connection& db, const std::set<std::string>& tables) {
  if (db.backend() == Backend::sqlite) {
    db.exec("VACUUM");
    db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    return;
  }
  if (tables.empty()) return;
  std::string list;
  for (const auto& t : tables) list += (list.empty() ? "" : ", ") + t;
  db.exec("VACUUM (FULL) " + list);
}

}  // namespace clerk::db
