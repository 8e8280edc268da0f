#include "clerk/core/error.hpp"

namespace clerk {

int exit_status(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::check_failed:
      return 1;
    case ErrorKind::usage:
      return 64;
    case ErrorKind::bad_data:
      return 65;
    case ErrorKind::missing:
      return 66;
    case ErrorKind::internal:
      return 70;
    case ErrorKind::cannot_create:
      return 73;
    case ErrorKind::io:
      return 74;
    case ErrorKind::busy:
      return 75;
    case ErrorKind::not_permitted:
      return 77;
    case ErrorKind::config:
      return 78;
  }
  return 70;
}

std::string Error::describe() const {
  std::string where;
  if (!source_.empty()) where = source_;
  if (line_ > 0) where += (where.empty() ? "" : " ") + std::string("line ") + std::to_string(line_);
  if (!record_.empty()) where += (where.empty() ? "" : ", ") + record_;
  if (!field_.empty()) where += (where.empty() ? "" : ", ") + field_;
  std::string out = where.empty() ? std::string(what()) : where + ": " + what();
  if (!suggestions_.empty()) {
    out += suggestions_.size() == 1 ? " (did you mean " : " (did you mean one of: ";
    for (size_t i = 0; i < suggestions_.size(); ++i) out += (i ? ", " : "") + suggestions_[i];
    out += "?)";
  }
  return out;
}

}  // namespace clerk
