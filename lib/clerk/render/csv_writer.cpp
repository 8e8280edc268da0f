#include "clerk/render/cell_text.hpp"
#include "clerk/render/formats.hpp"

namespace clerk::render {
namespace {

// Lines end in LF alone, not RFC 4180's CRLF: the output is for Unix pipes first, and Python's
// csv, Excel and LibreOffice all read LF files. Fields are quoted only when RFC 4180 needs it.
void append_field(std::string& line, std::string_view text, bool guard) {
  // A plain loop, not find_first_of (a memchr over the set per character).
  bool quote = false;
  for (char c : text)
    if (c == ',' || c == '"' || c == '\r' || c == '\n') {
      quote = true;
      break;
    }
  if (quote) line += '"';
  if (guard) line += '\'';
  if (!quote) {
    line += text;
    return;
  }
  for (char c : text) {
    if (c == '"') line += '"';
    line += c;
  }
  line += '"';
}

// Each row is built in one reused buffer and written at once: a million-row export makes no
// allocation per cell. Bytes pass through unchanged: CSV carries data, not display text.
class CsvWriter final : public RowWriter {
 public:
  CsvWriter(std::vector<Column> columns, std::ostream& out, const Options& options)
      : columns_(std::move(columns)), out_(out) {
    if (options.bom) out_ << "\xEF\xBB\xBF";
    for (size_t i = 0; i < columns_.size(); ++i) {
      if (i) line_ += ',';
      append_field(line_, columns_[i].key, false);
    }
    flush_line();
  }

  void row(const std::vector<Cell>& cells) override {
    check_row_size(columns_.size(), cells.size());
    for (size_t i = 0; i < cells.size(); ++i) {
      if (i) line_ += ',';
      const auto text = plain_text(cells[i], scratch_);
      append_field(line_, text, needs_formula_guard(columns_[i].kind, text));
    }
    flush_line();
  }

  void finish() override {}

 private:
  void flush_line() {
    line_ += '\n';
    out_.write(line_.data(), static_cast<std::streamsize>(line_.size()));
    line_.clear();
  }

  std::vector<Column> columns_;
  std::ostream& out_;
  std::string line_;
  std::string scratch_;
};

}  // namespace

std::unique_ptr<RowWriter> make_csv_writer(std::vector<Column> columns, std::ostream& out,
                                           const Options& options) {
  return std::make_unique<CsvWriter>(std::move(columns), out, options);
}

}  // namespace clerk::render
