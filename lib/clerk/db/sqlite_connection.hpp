// The SQLite backend of db::Connection: the embedded database file.
#pragma once

#include <memory>

#include <SQLiteCpp/Database.h>

#include "clerk/db/connection.hpp"

namespace clerk::db {

// A Connection over `db`, which must outlive it. (The file is opened by db::open, which sets
// the pragmas every connection needs; stores move to Connection one by one.)
std::unique_ptr<Connection> sqlite_connection(SQLite::Database& db);

// The SQLite database under `connection`, for the paths that still use SQLite's own API (bulk
// loading, backup, restore, migrations): Error{config} on a team database, naming it.
SQLite::Database& sqlite(Connection& connection);

}  // namespace clerk::db
