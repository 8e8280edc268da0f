// Where laid-out lines go: straight to a stream (`table`) or onto print pages (`text`).
#pragma once

#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace clerk::render {

class LineSink {
 public:
  virtual ~LineSink() = default;
  virtual void line(std::string_view text) = 0;
  // Lines to print again atop each page a table runs onto (its header); an empty list ends that.
  virtual void repeat(std::vector<std::string> /*lines*/) {}
  // Starts a new page unless the next `count` lines fit on this one: a heading stays with its
  // table, a table's header with its first row.
  virtual void keep_together(size_t /*count*/) {}
};

class StreamLines final : public LineSink {
 public:
  explicit StreamLines(std::ostream& out) : out_(out) {}
  void line(std::string_view text) override {
    out_.write(text.data(), static_cast<std::streamsize>(text.size()));
    out_.put('\n');
  }

 private:
  std::ostream& out_;
};

}  // namespace clerk::render
