#include "clerk/render/cell_text.hpp"
#include "clerk/render/formats.hpp"

namespace clerk::render {
namespace {

// TSV is for cut, awk and sort, which know no quoting: a tab, LF, CR or backslash inside a
// cell is written as \t, \n, \r or \\ (the escapes PostgreSQL's text COPY and MySQL use), so
// every line is one row and every tab a column break. A cell a spreadsheet would run as a
// formula gets a leading ' as in CSV (see needs_formula_guard): TSV is the default piped format
// and spreadsheets open it too.
void append_field(std::string& line, std::string_view text, bool guard = false) {
  if (guard) line += '\'';
  // A plain loop: find_first_of calls memchr over the set for every character, which showed
  // as 7% of a million-row TSV report.
  bool plain = true;
  for (char c : text)
    if (c == '\t' || c == '\n' || c == '\r' || c == '\\') {
      plain = false;
      break;
    }
  if (plain) {
    line += text;
    return;
  }
  for (char c : text) {
    switch (c) {
      case '\t':
        line += "\\t";
        break;
      case '\n':
        line += "\\n";
        break;
      case '\r':
        line += "\\r";
        break;
      case '\\':
        line += "\\\\";
        break;
      default:
        line += c;
    }
  }
}

// Rows are built in one reused buffer, as in CSV.
class TsvWriter final : public RowWriter {
 public:
  TsvWriter(std::vector<Column> columns, std::ostream& out, const Options& options)
      : columns_(std::move(columns)), out_(out) {
    if (options.bom) out_ << "\xEF\xBB\xBF";
    for (size_t i = 0; i < columns_.size(); ++i) {
      if (i) line_ += '\t';
      append_field(line_, columns_[i].key);
    }
    flush_line();
  }

  void row(const std::vector<Cell>& cells) override {
    check_row_size(columns_.size(), cells.size());
    for (size_t i = 0; i < cells.size(); ++i) {
      if (i) line_ += '\t';
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

std::unique_ptr<RowWriter> make_tsv_writer(std::vector<Column> columns, std::ostream& out,
                                           const Options& options) {
  return std::make_unique<TsvWriter>(std::move(columns), out, options);
}

}  // namespace clerk::render
