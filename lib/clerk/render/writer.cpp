#include "clerk/render/writer.hpp"

#include "clerk/core/error.hpp"
#include "clerk/render/cell_text.hpp"
#include "clerk/render/formats.hpp"

namespace clerk::render {

std::unique_ptr<RowWriter> make_writer(Format format, std::vector<Column> columns,
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

void write(const Table& table, Format format, std::ostream& out, const Options& options) {
  auto writer = make_writer(format, table.columns, out, options);
  for (const auto& row : table.rows) writer->row(row);
  writer->finish();
}

void write_record(const std::vector<Column>& columns, const std::vector<Cell>& values,
                  Format format, std::ostream& out, const Options& options) {
  check_row_size(columns.size(), values.size());
  switch (format) {
    case Format::table:
      return write_tty_table_record(columns, values, out, options);
    case Format::text:
      return write_text_record(columns, values, out, options);
    case Format::md:
      return write_markdown_record(columns, values, out, options);
    case Format::html:
      return write_html_record(columns, values, out, options);
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
