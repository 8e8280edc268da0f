#include "clerk/render/blocks.hpp"
#include "clerk/render/cell_text.hpp"
#include "clerk/render/formats.hpp"
#include "clerk/render/grid.hpp"
#include "clerk/render/line_sink.hpp"

namespace clerk::render {
namespace {

TableStyle terminal_style(const Options& options) {
  TableStyle style = kTerminalStyle;
  style.color = options.color;
  return style;
}

// Column widths depend on every row, so rows wait in the grid until finish().
class TtyTableWriter final : public RowWriter {
 public:
  TtyTableWriter(std::vector<Column> columns, std::ostream& out, const Options& options)
      : grid_(std::move(columns)), out_(out), options_(options) {}

  void row(const std::vector<Cell>& cells) override { grid_.add(cells); }

  void finish() override {
    StreamLines sink(out_);
    emit_table(grid_, options_.width, terminal_style(options_), sink);
  }

 private:
  Grid grid_;
  std::ostream& out_;
  Options options_;
};

}  // namespace

std::unique_ptr<RowWriter> make_tty_table_writer(std::vector<Column> columns, std::ostream& out,
                                                 const Options& options) {
  return std::make_unique<TtyTableWriter>(std::move(columns), out, options);
}

void write_tty_table_record(const std::vector<Column>& columns, const std::vector<Cell>& values,
                            std::ostream& out, const Options& options) {
  StreamLines sink(out);
  emit_record(columns, values, options.width, sink);
}

// On a terminal there are no pages: the marking opens and closes the output instead.
void write_tty_table_document(const Document& document, std::ostream& out, const Options& options) {
  StreamLines sink(out);
  const std::string marking = printable_line(options.marking);
  if (!marking.empty()) {
    sink.line(marking);
    sink.line("");
  }
  if (!options.title.empty()) emit_heading(options.title, 1, options.width, sink);
  if (!options.subtitle.empty())
    for (const auto& line : wrap(options.subtitle, options.width)) sink.line(line);
  if (!options.title.empty() || !options.subtitle.empty()) sink.line("");
  emit_blocks(document.blocks, options.width, terminal_style(options), sink);
  if (!marking.empty()) {
    sink.line("");
    sink.line(marking);
  }
}

}  // namespace clerk::render
