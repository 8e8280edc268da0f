#include "clerk/render/blocks.hpp"
#include "clerk/render/formats.hpp"
#include "clerk/render/grid.hpp"
#include "clerk/render/pager.hpp"

namespace clerk::render {
namespace {

// Column widths need every row, so rows wait in the grid until finish(); colour never reaches
// paper.
class TextWriter final : public RowWriter {
 public:
  TextWriter(std::vector<Column> columns, std::ostream& out, const Options& options)
      : grid_(std::move(columns)), out_(out), options_(options) {}

  void row(const std::vector<Cell>& cells) override { grid_.add(cells); }

  void finish() override {
    const size_t width = Pager::width(options_);
    print_pages(options_, out_,
                [&](LineSink& pages) { emit_table(grid_, width, kPrintStyle, pages); });
  }

 private:
  Grid grid_;
  std::ostream& out_;
  Options options_;
};

}  // namespace

std::unique_ptr<RowWriter> make_text_writer(std::vector<Column> columns, std::ostream& out,
                                            const Options& options) {
  return std::make_unique<TextWriter>(std::move(columns), out, options);
}

void write_text_record(const std::vector<Column>& columns, const std::vector<Cell>& values,
                       std::ostream& out, const Options& options) {
  const size_t width = Pager::width(options);
  print_pages(options, out, [&](LineSink& pages) { emit_record(columns, values, width, pages); });
}

void write_text_document(const Document& document, std::ostream& out, const Options& options) {
  const size_t width = Pager::width(options);
  print_pages(options, out,
              [&](LineSink& pages) { emit_blocks(document.blocks, width, kPrintStyle, pages); });
}

}  // namespace clerk::render
