#include "clerk/core/row_errors.hpp"

#include "clerk/core/error.hpp"

namespace clerk {

void RowErrors::add(int line, const std::string& field, const std::string& what) {
  ++count_;
  if (lines_.size() < kMaxListed)
    lines_.push_back("  line " + std::to_string(line) + (field.empty() ? "" : ", " + field) + ": " +
                     what);
}

void RowErrors::record(int line, const Error& e) {
  if (e.kind() != ErrorKind::bad_data && e.kind() != ErrorKind::missing) throw e;
  add(line, e.field(),
      e.what() + (e.suggestions().empty() ? std::string()
                                          : " (did you mean " + e.suggestions().front() + "?)"));
}

void RowErrors::throw_if_any() const {
  if (count_ == 0) return;
  std::string what =
      std::to_string(count_) + (count_ == 1 ? " bad row" : " bad rows") + "; nothing was written:";
  for (const auto& l : lines_) what += "\n" + l;
  if (count_ > lines_.size())
    what += "\n  ... and " + std::to_string(count_ - lines_.size()) + " more";
  throw Error(ErrorKind::bad_data, what).source(source_);
}

}  // namespace clerk
