#include "clerk/core/record_reader.hpp"

#include <algorithm>
#include <sstream>

#include "clerk/core/csv_reader.hpp"
#include "clerk/core/error.hpp"
#include "clerk/core/json.hpp"
#include "clerk/core/text.hpp"

namespace clerk {
namespace {

size_t column_index(const std::vector<std::string>& columns, const std::string& name,
                    const std::string& source, int line) {
  auto it = std::find(columns.begin(), columns.end(), name);
  if (it != columns.end()) return size_t(it - columns.begin());
  throw Error(ErrorKind::bad_data,
              "unknown column '" + name + "'; columns are " + text::join(columns, ", "))
      .source(source)
      .line(line)
      .suggest(text::near_misses(name, columns, 1));
}

class CsvRecords : public RecordReader {
 public:
  CsvRecords(std::istream& in, std::string source, const std::vector<std::string>& columns,
             const std::vector<std::string>& required)
      : RecordReader(source), reader_(in, source), slots_(columns.size(), npos) {
    std::vector<std::string> header;
    if (!reader_.next(header))
      throw Error(ErrorKind::bad_data, "the file is empty (no header line)").source(source);
    for (size_t i = 0; i < header.size(); ++i) {
      std::string name(text::trim(header[i]));
      size_t slot = column_index(columns, name, source, reader_.line());
      if (slots_[slot] != npos)
        throw Error(ErrorKind::bad_data, "column '" + name + "' appears twice")
            .source(source)
            .line(reader_.line());
      slots_[slot] = i;
    }
    for (const auto& r : required)
      if (slots_[column_index(columns, r, source, 1)] == npos)
        throw Error(ErrorKind::bad_data, "the header has no '" + r + "' column")
            .source(source)
            .line(reader_.line());
    width_ = header.size();
  }

  bool next() override {
    if (!reader_.next(fields_)) return false;
    if (fields_.size() != width_)
      throw Error(ErrorKind::bad_data, "has " + std::to_string(fields_.size()) +
                                           " fields; the header has " + std::to_string(width_))
          .source(source_)
          .line(reader_.line());
    return true;
  }
  int line() const override { return reader_.line(); }
  std::string_view get(size_t index) const override {
    size_t at = slots_[index];
    return at == npos ? std::string_view() : std::string_view(fields_[at]);
  }

 private:
  static constexpr size_t npos = size_t(-1);
  CsvReader reader_;
  std::vector<size_t> slots_;  // column index → field position, or npos
  size_t width_ = 0;
  std::vector<std::string> fields_;
};

class JsonRecords : public RecordReader {
 public:
  JsonRecords(std::istream& in, std::string source, const std::vector<std::string>& columns)
      : RecordReader(source), columns_(columns) {
    std::ostringstream buf;
    buf << in.rdbuf();
    doc_ = json::parse(buf.str(), source);
    if (!doc_.is_array())
      throw Error(ErrorKind::bad_data, "expected an array of objects").source(source).line(1);
    for (const auto& v : doc_.array()) {
      if (!v.is_object())
        throw Error(ErrorKind::bad_data, "expected an object").source(source).line(v.line);
      for (const auto& [key, value] : v.object()) column_index(columns, key, source, value.line);
    }
  }

  bool next() override {
    if (at_ >= doc_.array().size()) return false;
    current_ = &doc_.array()[at_++];
    values_.assign(columns_.size(), std::string());
    for (size_t i = 0; i < columns_.size(); ++i) {
      const json::Value* v = current_->find(columns_[i]);
      if (!v || v->is_null()) continue;
      if (v->is_string())
        values_[i] = v->string();
      else if (const auto* n = std::get_if<json::Value::Number>(&v->data))
        values_[i] = n->text;
      else if (const auto* b = std::get_if<bool>(&v->data))
        values_[i] = *b ? "true" : "false";
      else
        throw Error(ErrorKind::bad_data, "'" + columns_[i] + "' must be a string or number")
            .source(source_)
            .line(v->line);
    }
    return true;
  }
  int line() const override { return current_ ? current_->line : 0; }
  std::string_view get(size_t index) const override { return values_[index]; }

 private:
  std::vector<std::string> columns_;
  json::Value doc_;
  size_t at_ = 0;
  const json::Value* current_ = nullptr;
  std::vector<std::string> values_;
};

}  // namespace

std::unique_ptr<RecordReader> RecordReader::open(std::istream& in, std::string source,
                                                 const std::vector<std::string>& columns,
                                                 const std::vector<std::string>& required) {
  while (in.peek() == ' ' || in.peek() == '\n' || in.peek() == '\r' || in.peek() == '\t') in.get();
  if (in.peek() == '[') return std::make_unique<JsonRecords>(in, std::move(source), columns);
  return std::make_unique<CsvRecords>(in, std::move(source), columns, required);
}

}  // namespace clerk
