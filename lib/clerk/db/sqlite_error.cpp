#include "clerk/db/sqlite_error.hpp"

#include <sqlite3.h>

#include <new>

namespace clerk::db {

Error translate(const SQLite::Exception& e, const std::string& record) {
  int code = e.getErrorCode() & 0xFF;
  std::string what = e.what();
  switch (code) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return Error(ErrorKind::busy,
                   "the database is busy (another clerk command is writing); try again");
    case SQLITE_CONSTRAINT: {
      Error err(ErrorKind::bad_data, "conflicts with a stored record: " + what);
      if (!record.empty()) err.record(record);
      return err;
    }
    case SQLITE_READONLY:
      // WAL mode keeps its shared-memory index beside the file, so even a read needs both.
      // A permission problem (a read-only file, directory or mount), not one of creating.
      return Error(ErrorKind::not_permitted,
                   "the database is read-only (clerk needs write access to the file and its "
                   "directory, even to read): " +
                       what);
    case SQLITE_PERM:
      return Error(ErrorKind::not_permitted, "cannot open the database: " + what);
    case SQLITE_CANTOPEN:
      return Error(ErrorKind::cannot_create, "cannot open the database: " + what);
    case SQLITE_FULL:
      return Error(ErrorKind::io, "the disk is full; nothing was written");
    case SQLITE_IOERR:
      return Error(ErrorKind::io, "I/O error on the database: " + what);
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return Error(ErrorKind::io, "the database file is damaged or not a clerk database: " + what);
    default:
      return Error(ErrorKind::internal, "database error: " + what);
  }
}

Error to_error(std::exception_ptr error) {
  try {
    std::rethrow_exception(error);
  } catch (const Error& e) {
    return e;
  } catch (const SQLite::Exception& e) {
    return translate(e);
  } catch (const std::bad_alloc&) {
    return Error(ErrorKind::internal, "out of memory");
  } catch (const std::exception& e) {
    return Error(ErrorKind::internal, e.what());
  } catch (...) {
    return Error(ErrorKind::internal, "unknown failure");
  }
}

}  // namespace clerk::db
