#include "clerk/render/writer.hpp"

#include "clerk/core/error.hpp"
#include "clerk/render/cell_text.hpp"
#include "clerk/render/formats.hpp"
#include "clerk/render/marking.hpp"

namespace clerk::render {
namespace {

// The formats people print, whose every page carries the marking of what it shows.
constexpr bool printed(Format format) {
  return format == Format::text || format == Format::md || format == Format::html;
}

std::unique_ptr<RowWriter> make_format_writer(Format format, std::vector<Column> columns,
                                              std::ostream& out, const Options& options);

// A printed table of marked records (cases) opens with the highest marking among its rows, so
// the rows wait until finish(): the page's head cannot be written before they are all known.
class MarkedRows final : public RowWriter {
 public:
  MarkedRows(Format format, std::vector<Column> columns, std::ostream& out, const Options& options)
      : format_(format), table_{std::move(columns), {}}, out_(out), options_(options) {}

  void row(const std::vector<Cell>& cells) override {
    check_row_size(table_.columns.size(), cells.size());
    raise_marking(options_.marking, table_.columns, cells);
    table_.rows.push_back(cells);
  }

  void finish() override {
    auto writer = make_format_writer(format_, table_.columns, out_, options_);
    for (const auto& row : table_.rows) writer->row(row);
    writer->finish();
  }

 private:
  Format format_;
  Table table_;
  std::ostream& out_;
  Options options_;
};

}  // namespace

std::unique_ptr<RowWriter> make_writer(Format format, std::vector<Column> columns,
                                       std::ostream& out, const Options& options) {
  if (printed(format) && has_marking_column(columns))
    return std::make_unique<MarkedRows>(format, std::move(columns), out, options);
  return make_format_writer(format, std::move(columns), out, options);
}

namespace {

std::unique_ptr<RowWriter> make_format_writer(Format format, std::vector<Column> columns,
                                              std::ostream& out, const Options& options) {
  switch (format) {
    case Format::table:
      return make_tty_table_writer(std::move(columns), out, options);
    case Format::csv:
      return make_csv_writer(std::move(columns), out, options);
    case Format::tsv:
      return make_tsv_writer(std::move(columns), out, options);
    case Format::json:
      return make_json_writer(std::move(columns), out, false);
    case Format::jsonl:
      return make_json_writer(std::move(columns), out, true);
    case Format::md:
      return make_markdown_writer(std::move(columns), out, options);
    case Format::text:
      return make_text_writer(std::move(columns), out, options);
    case Format::html:
      return make_html_writer(std::move(columns), out, options);
  }
  throw Error(ErrorKind::internal, "no writer for this output format");
}

}  // namespace

void write(const Table& table, Format format, std::ostream& out, const Options& options) {
  auto writer = make_writer(format, table.columns, out, options);
  for (const auto& row : table.rows) writer->row(row);
  writer->finish();
}

void write_record(const std::vector<Column>& columns, const std::vector<Cell>& values,
                  Format format, std::ostream& out, const Options& options) {
  check_row_size(columns.size(), values.size());
  Options marked = options;
  raise_marking(marked.marking, columns, values);
  switch (format) {
    case Format::table:
      return write_tty_table_record(columns, values, out, options);
    case Format::text:
      return write_text_record(columns, values, out, marked);
    case Format::md:
      return write_markdown_record(columns, values, out, marked);
    case Format::html:
      return write_html_record(columns, values, out, marked);
    case Format::json:
      return write_json_record(columns, values, out);
    // A one-row table is already the natural record in these: a header line and one row.
    case Format::csv:
    case Format::tsv:
    case Format::jsonl: {
      auto writer = make_writer(format, columns, out, options);
      writer->row(values);
      writer->finish();
      return;
    }
  }
  throw Error(ErrorKind::internal, "no record writer for this output format");
}

}  // namespace clerk::render
