// Translating SQLite's exceptions into clerk::Error at the library's edge (busy, conflict, I/O).
#pragma once

#include <exception>
#include <string>

#include <SQLiteCpp/Exception.h>

#include "clerk/core/error.hpp"

namespace clerk::db {

// SQLITE_BUSY/LOCKED → busy; constraint → bad_data naming `record`; readonly/cantopen → cannot
// create; I/O, full, corrupt → io; anything else → internal.
Error translate(const SQLite::Exception& e, const std::string& record = {});

// Turns any exception into a clerk::Error, so the app can report without knowing SQLite.
Error to_error(std::exception_ptr error);

}  // namespace clerk::db
