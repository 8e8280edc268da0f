// A pager for long output on a terminal, as git runs one: clerk's stdout becomes the pager's
// stdin, and clerk waits for the pager before it exits.
#pragma once

#include <string>

#include <sys/types.h>

namespace clerk::app {

class OutputPager {
 public:
  OutputPager() = default;
  OutputPager(const OutputPager&) = delete;
  OutputPager& operator=(const OutputPager&) = delete;
  // Flushes what is left and waits for the person to leave the pager.
  ~OutputPager();

  // The pager to run: $PAGER when set ("" or "cat" for none), else `less -FRX` (one screen is
  // printed and left, colour passes through) when less is on PATH; empty for none.
  static std::string command();
  // Starts `command` under /bin/sh with its stdin a pipe that replaces stdout. False, with
  // nothing changed, when the pipe or the process cannot be made.
  bool start(const std::string& command);
  bool running() const { return pid_ > 0; }

 private:
  pid_t pid_ = -1;
};

}  // namespace clerk::app
