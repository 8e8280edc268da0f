// Opening the database file: what db::open and db::another_connection leave in place.
#include <doctest/doctest.h>
#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include "../temp_database.hpp"

namespace {

// Whether some process other than the caller holds a lock on the byte range SQLite's shared
// lock uses (sqlite.org/lockingv3.html: SHARED_FIRST = PENDING_BYTE + 2, SHARED_SIZE = 510).
// fcntl reports only other processes' locks, so a child asks.
bool shared_lock_held(const std::filesystem::path& file) {
  pid_t child = fork();
  if (child == 0) {
    int fd = ::open(file.c_str(), O_RDWR | O_CLOEXEC);
    struct flock fl {};
    fl.l_type = F_WRLCK;
    fl.l_whence = SEEK_SET;
    fl.l_start = 0x40000000 + 2;
    fl.l_len = 510;
    bool held = fd >= 0 && fcntl(fd, F_GETLK, &fl) == 0 && fl.l_type != F_UNLCK;
    _exit(held ? 0 : 1);
  }
  int status = 0;
  waitpid(child, &status, 0);
  return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

}  // namespace

TEST_SUITE("db") {
  // In WAL mode a connection keeps a shared lock on the file while it is open; a process that
  // finds no such lock when it closes its own last connection checkpoints and deletes the WAL.
  TEST_CASE("another_connection keeps the first connection's lock on the file") {
    TempDatabase t;
    t.db->query_int("SELECT count(*) FROM meta");
    REQUIRE(shared_lock_held(t.path()));
    auto other = clerk::db::another_connection(*t.sqlite);
    REQUIRE(other);
    other->execAndGet("SELECT count(*) FROM meta");
    CHECK(shared_lock_held(t.path()));
    other.reset();
    CHECK(shared_lock_held(t.path()));
  }
}
