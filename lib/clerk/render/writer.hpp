// Streaming output in every format: rows go out as they come, except where a layout needs all
// of them first (aligned table, text pages), which buffers.
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "clerk/render/table.hpp"

namespace clerk::render {

struct Options {
  bool color = false;      // ANSI colour in `table` (only on a TTY and never with NO_COLOR)
  size_t width = 0;        // terminal width for `table` (0: no limit); page width for `text`
  size_t page_lines = 60;  // `text` page length
  bool bom = false;        // UTF-8 byte-order mark before CSV/TSV, for Excel
  std::string title;       // `text`/`html`/`md` heading, when set
  std::string subtitle;    // e.g. the period of a report
  std::string marking;     // security marking printed at top and bottom of `text` pages and html
};

class RowWriter {
 public:
  virtual ~RowWriter() = default;
  virtual void row(const std::vector<Cell>& cells) = 0;
  // Completes the output (closing brackets, buffered layout). Must be called once.
  virtual void finish() = 0;
};

std::unique_ptr<RowWriter> make_writer(Format format, std::vector<Column> columns,
                                       std::ostream& out, const Options& options);

// A whole table at once.
void write(const Table& table, Format format, std::ostream& out, const Options& options);

// One record shown as "Label  value" lines in table/text/md, a one-row CSV/TSV, a JSON object.
void write_record(const std::vector<Column>& columns, const std::vector<Cell>& values,
                  Format format, std::ostream& out, const Options& options);

}  // namespace clerk::render
