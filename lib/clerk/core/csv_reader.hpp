// Reading CSV (RFC 4180) a record at a time, with the line each record starts on for errors.
#pragma once

#include <istream>
#include <string>
#include <string_view>
#include <vector>

namespace clerk {

class CsvReader {
 public:
  // Limits that keep a hostile file from exhausting memory.
  static constexpr size_t kMaxFieldBytes = 1 << 20;  // 1 MiB
  static constexpr size_t kMaxFields = 1000;

  // `source` names the input in errors ("expenses.csv", "stdin").
  CsvReader(std::istream& in, std::string source, char delimiter = ',');

  // Reads the next record into `fields`; false at the end of input. Blank lines are skipped.
  // Accepts LF, CRLF and a mix; a UTF-8 byte-order mark at the start is ignored. Throws
  // Error{bad_data} naming the source and line for an unclosed quote, a stray quote inside an
  // unquoted field, a NUL byte, invalid UTF-8, or a field or record over the limits.
  bool next(std::vector<std::string>& fields);

  // The line the last record returned by next() started on (1-based).
  int line() const { return record_line_; }
  const std::string& source() const { return source_; }

 private:
  int get();
  int peek();
  [[noreturn]] void fail(const std::string& what, int line) const;

  std::istream& in_;
  std::string source_;
  char delimiter_;
  int current_line_ = 1;
  int record_line_ = 0;
  bool at_start_ = true;
};

}  // namespace clerk
