#include "clerk/core/csv_reader.hpp"

#include "clerk/core/error.hpp"
#include "clerk/core/text.hpp"

namespace clerk {

CsvReader::CsvReader(std::istream& in, std::string source, char delimiter)
    : in_(in), source_(std::move(source)), delimiter_(delimiter) {}

// Straight from the stream buffer: istream::get() builds a sentry per character, which costs
// more than the parsing.
int CsvReader::peek() { return in_.rdbuf()->sgetc(); }

int CsvReader::get() { return in_.rdbuf()->sbumpc(); }

void CsvReader::fail(const std::string& what, int line) const {
  throw Error(ErrorKind::bad_data, what).source(source_).line(line);
}

bool CsvReader::next(std::vector<std::string>& fields) {
  fields.clear();
  if (at_start_) {
    at_start_ = false;
    // A UTF-8 byte-order mark, as Excel writes, is not part of the first header name.
    if (peek() == 0xEF) {
      char bom[3];
      std::streamsize got = in_.rdbuf()->sgetn(bom, 3);
      if (std::string_view(bom, size_t(got)) != "\xEF\xBB\xBF")
        fail("invalid UTF-8 at the start of the file", current_line_);
    }
  }
  // Skip blank lines between records.
  while (peek() == '\n' || peek() == '\r') {
    if (get() == '\n') ++current_line_;
  }
  if (peek() == std::char_traits<char>::eof()) return false;
  record_line_ = current_line_;
  std::string field;
  bool quoted = false;      // inside a quoted field
  bool was_quoted = false;  // the current field started with a quote
  auto end_field = [&] {
    if (!text::valid_utf8(field))
      fail("invalid UTF-8 in field " + std::to_string(fields.size() + 1), record_line_);
    if (fields.size() >= kMaxFields)
      fail("more than " + std::to_string(kMaxFields) + " fields in a record", record_line_);
    fields.push_back(std::move(field));
    field.clear();
    was_quoted = false;
  };
  while (true) {
    int c = get();
    if (c == std::char_traits<char>::eof()) {
      if (quoted) fail("a quoted field is not closed (opened on this line)", record_line_);
      end_field();
      return true;
    }
    if (c == '\0') fail("a NUL byte is not allowed in CSV", current_line_);
    if (quoted) {
      if (c == '"') {
        if (peek() == '"') {
          get();
          field.push_back('"');
        } else {
          quoted = false;
          int after = peek();
          if (after != delimiter_ && after != '\n' && after != '\r' &&
              after != std::char_traits<char>::eof())
            fail("unexpected text after a closing quote in field " +
                     std::to_string(fields.size() + 1),
                 current_line_);
        }
        continue;
      }
      if (c == '\n') ++current_line_;
      field.push_back(char(c));
    } else if (c == '"' && field.empty() && !was_quoted) {
      quoted = true;
      was_quoted = true;
      continue;
    } else if (c == '"') {
      fail("a quote inside an unquoted field " + std::to_string(fields.size() + 1) +
               " (quote the whole field)",
           current_line_);
    } else if (c == delimiter_) {
      end_field();
      continue;
    } else if (c == '\r' || c == '\n') {
      if (c == '\r' && peek() == '\n') get();
      ++current_line_;
      end_field();
      return true;
    } else {
      field.push_back(char(c));
    }
    if (field.size() > kMaxFieldBytes) fail("a field is longer than 1 MiB", record_line_);
  }
}

}  // namespace clerk
