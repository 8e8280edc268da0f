// CSV as imports read it: the raw CsvReader, then the named RecordReader over the same bytes
// (which also takes the JSON path when the input starts with '['). Records or Error{bad_data}.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>
#include <vector>

#include "clerk/core/csv_reader.hpp"
#include "clerk/core/record_reader.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  clerk::fuzz::expect_value_or_error(
      [&] {
        std::istringstream in(bytes);
        clerk::CsvReader reader(in, "fuzz.csv");
        std::vector<std::string> fields;
        int last_line = 0;
        while (reader.next(fields)) {
          clerk::fuzz::require(reader.line() > last_line, "record lines do not increase");
          clerk::fuzz::require(fields.size() <= clerk::CsvReader::kMaxFields, "too many fields");
          last_line = reader.line();
        }
      },
      {clerk::ErrorKind::bad_data});
  clerk::fuzz::expect_value_or_error(
      [&] {
        std::istringstream in(bytes);
        static const std::vector<std::string> columns = {"date", "amount", "description", "notes"};
        auto records = clerk::RecordReader::open(in, "fuzz", columns, {"date"});
        while (records->next())
          for (size_t i = 0; i < columns.size(); ++i) records->get(i);
      },
      {clerk::ErrorKind::bad_data});
  return 0;
}
