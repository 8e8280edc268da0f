// The one error type: a kind that maps to an exit status, plus where the problem is.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

namespace clerk {

// Each kind has one exit status, fixed forever (sysexits.h numbering).
enum class ErrorKind {
  check_failed,   // 1: a check ran and found problems
  usage,          // 64
  bad_data,       // 65
  missing,        // 66: a file or record that does not exist
  internal,       // 70
  cannot_create,  // 73
  io,             // 74
  busy,           // 75
  not_permitted,  // 77
  config,         // 78
};

int exit_status(ErrorKind kind);

class Error : public std::runtime_error {
 public:
  Error(ErrorKind kind, std::string what) : std::runtime_error(std::move(what)), kind_(kind) {}

  ErrorKind kind() const { return kind_; }
  const std::string& field() const { return field_; }
  const std::string& source() const { return source_; }
  const std::string& record() const { return record_; }
  int line() const { return line_; }
  const std::vector<std::string>& suggestions() const { return suggestions_; }

  // Builder-style setters so a throw site reads as one expression.
  Error& field(std::string f) & {
    field_ = std::move(f);
    return *this;
  }
  Error&& field(std::string f) && {
    field_ = std::move(f);
    return std::move(*this);
  }
  Error&& source(std::string s) && {
    source_ = std::move(s);
    return std::move(*this);
  }
  Error& source(std::string s) & {
    source_ = std::move(s);
    return *this;
  }
  Error&& record(std::string r) && {
    record_ = std::move(r);
    return std::move(*this);
  }
  Error& record(std::string r) & {
    record_ = std::move(r);
    return *this;
  }
  Error&& line(int l) && {
    line_ = l;
    return std::move(*this);
  }
  Error& line(int l) & {
    line_ = l;
    return *this;
  }
  Error&& suggest(std::vector<std::string> s) && {
    suggestions_ = std::move(s);
    return std::move(*this);
  }

  // "<source> line <n>, <record>, <field>: <what>" with the parts that are set.
  std::string describe() const;

 private:
  ErrorKind kind_;
  std::string field_;
  std::string source_;
  std::string record_;
  int line_ = 0;
  std::vector<std::string> suggestions_;
};

}  // namespace clerk
