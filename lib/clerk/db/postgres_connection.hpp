// The PostgreSQL backend of db::Connection (team mode), over libpq. Authentication is the
// server's (scram-sha-256 with ~/.pgpass or a service file, peer, certificates): clerk passes the
// connection string to libpq and never asks for or keeps a password.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "clerk/db/connection.hpp"

namespace clerk::db {

// True for a target that names a PostgreSQL database: postgresql://... or postgres://...
bool is_postgres_url(std::string_view target);

// bytea's input form of `bytes`: \x and two hex digits a byte.
std::string bytea_input(std::string_view bytes);

// The oldest server team mode runs on (its SQL and row-level security need 13 or later).
constexpr int kOldestServer = 130000;

// Connects to `url` (any libpq connection URI, a service name in it included). Error{busy} naming
// the server when it cannot be reached, Error{not_permitted} when it refuses who we are (a wrong
// password, no such role), Error{config} for a server older than kOldestServer.
std::unique_ptr<Connection> connect_postgres(const std::string& url);

}  // namespace clerk::db
