#include "output_pager.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <iostream>
#include <sstream>

namespace clerk::app {
namespace {

bool on_path(const std::string& program) {
  const char* path = std::getenv("PATH");
  std::stringstream dirs(path ? path : "/usr/bin:/bin");
  std::string dir;
  while (std::getline(dirs, dir, ':'))
    if (!dir.empty() && access((dir + "/" + program).c_str(), X_OK) == 0) return true;
  return false;
}

}  // namespace

std::string OutputPager::command() {
  if (const char* pager = std::getenv("PAGER")) {
    std::string p = pager;
    return p == "cat" ? std::string() : p;
  }
  return on_path("less") ? "less -FRX" : "";
}

bool OutputPager::start(const std::string& command) {
  if (command.empty() || running()) return false;
  int fds[2];
  if (pipe(fds) != 0) return false;
  std::cout.flush();
  const pid_t pid = fork();
  if (pid < 0) {
    close(fds[0]);
    close(fds[1]);
    return false;
  }
  if (pid == 0) {
    dup2(fds[0], STDIN_FILENO);
    close(fds[0]);
    close(fds[1]);
    // As git does: less and lv shown colour and left on one screen unless the person says
    // otherwise in their own LESS or LV.
    setenv("LESS", "FRX", 0);
    setenv("LV", "-c", 0);
    execl("/bin/sh", "sh", "-c", command.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  dup2(fds[1], STDOUT_FILENO);
  close(fds[0]);
  close(fds[1]);
  pid_ = pid;
  return true;
}

OutputPager::~OutputPager() {
  if (!running()) return;
  std::cout.flush();
  // End of input for the pager; then wait while the person reads.
  close(STDOUT_FILENO);
  int status = 0;
  while (waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
  }
}

}  // namespace clerk::app
