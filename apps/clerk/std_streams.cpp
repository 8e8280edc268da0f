#include "std_streams.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>

namespace clerk::app {

bool fill_closed_standard_streams() {
  bool stdout_closed = false;
  // In order: open() returns the lowest free descriptor, which is the closed one being filled.
  for (int fd = 0; fd <= 2; ++fd) {
    if (fcntl(fd, F_GETFD) != -1 || errno != EBADF) continue;
    if (fd == STDOUT_FILENO) stdout_closed = true;
    int filled = open("/dev/null", fd == STDIN_FILENO ? O_RDONLY : O_WRONLY);
    if (filled != fd && filled >= 0) close(filled);
  }
  return stdout_closed;
}

}  // namespace clerk::app
