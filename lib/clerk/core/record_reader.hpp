// Named records for imports: CSV with a header line (streamed) or a JSON array of objects, read
// through one interface so an import is written once for both.
#pragma once

#include <istream>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace clerk {

class RecordReader {
 public:
  virtual ~RecordReader() = default;

  // Opens `in` as JSON when its first non-blank character is '[', else as CSV. `columns` are
  // the names the import knows; a header or key naming anything else is Error{bad_data} with a
  // near miss, and so is a CSV header missing one of `required`.
  static std::unique_ptr<RecordReader> open(std::istream& in, std::string source,
                                            const std::vector<std::string>& columns,
                                            const std::vector<std::string>& required);

  // Moves to the next record; false at the end.
  virtual bool next() = 0;
  // The line the current record starts on.
  virtual int line() const = 0;
  // The text of column `index` (into `columns`) in the current record; empty when absent.
  // JSON numbers and booleans come as their text, null as empty.
  virtual std::string_view get(size_t index) const = 0;
  const std::string& source() const { return source_; }

 protected:
  explicit RecordReader(std::string source) : source_(std::move(source)) {}
  std::string source_;
};

}  // namespace clerk
