// Collecting every bad row of an input before refusing it, so one run lists all the problems.
#pragma once

#include <string>
#include <vector>

#include "clerk/core/error.hpp"

namespace clerk {

class RowErrors {
 public:
  static constexpr size_t kMaxListed = 20;

  explicit RowErrors(std::string source) : source_(std::move(source)) {}
  void add(int line, const std::string& field, const std::string& what);
  // Runs `check`; an Error{bad_data} it throws is recorded against `line` instead of escaping.
  template <class F>
  void check(int line, F&& f) {
    try {
      f();
    } catch (const Error& e) {
      record(line, e);
    }
  }
  size_t count() const { return count_; }
  bool empty() const { return count_ == 0; }
  // Error{bad_data}: "N bad rows in SOURCE:" then one line per problem (the first kMaxListed),
  // then "... and M more". Does nothing when there are none.
  void throw_if_any() const;

 private:
  void record(int line, const Error& e);

  std::string source_;
  std::vector<std::string> lines_;
  size_t count_ = 0;
};

}  // namespace clerk
