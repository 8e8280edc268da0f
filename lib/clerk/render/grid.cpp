#include "clerk/render/grid.hpp"

#include <algorithm>

#include "clerk/core/text.hpp"
#include "clerk/render/cell_text.hpp"

namespace clerk::render {
namespace {

// Widths are the natural ones (see natural_width()), so nothing here is ever cut.
void append_aligned(std::string& out, std::string_view text, size_t width, bool right) {
  const size_t shown = text::display_width(text);
  const size_t pad = shown < width ? width - shown : 0;
  if (right) out.append(pad, ' ');
  out += text;
  if (!right) out.append(pad, ' ');
}

void trim_right(std::string& line) {
  const auto end = line.find_last_not_of(' ');
  line.resize(end == std::string::npos ? 0 : end + 1);
}

}  // namespace

Grid::Grid(std::vector<Column> columns) : columns_(std::move(columns)) {
  for (const auto& column : columns_) {
    std::string label;
    append_printable(label, column.label, Breaks::to_space);
    natural_.push_back(text::display_width(label));
    labels_.push_back(std::move(label));
  }
}

void Grid::add(const std::vector<Cell>& cells) {
  check_row_size(columns_.size(), cells.size());
  row_starts_.push_back(cells_.size());
  for (size_t i = 0; i < cells.size(); ++i) {
    const size_t start = cells_.size();
    append_printable(cells_, human_text(cells[i], scratch_), Breaks::to_space);
    natural_[i] =
        std::max(natural_[i], text::display_width(std::string_view(cells_).substr(start)));
    cells_ += '\0';
  }
}

size_t Grid::natural_width() const {
  size_t total = natural_.empty() ? 0 : kGap * (natural_.size() - 1);
  for (size_t n : natural_) total += n;
  return total;
}

void Grid::header_line(const std::vector<size_t>& widths, std::string& out) const {
  out.clear();
  for (size_t i = 0; i < columns_.size(); ++i) {
    if (i) out.append(kGap, ' ');
    append_aligned(out, labels_[i], widths[i], right_aligned(columns_[i].kind));
  }
  trim_right(out);
}

void Grid::rule_line(const std::vector<size_t>& widths, std::string_view rule,
                     std::string& out) const {
  out.clear();
  for (size_t i = 0; i < widths.size(); ++i) {
    if (i) out.append(kGap, ' ');
    for (size_t k = 0; k < widths[i]; ++k) out += rule;
  }
}

void Grid::row_cells(size_t row, std::vector<std::string_view>& out) const {
  out.clear();
  size_t start = row_starts_[row];
  for (size_t i = 0; i < columns_.size(); ++i) {
    const size_t end = cells_.find('\0', start);
    out.push_back(std::string_view(cells_).substr(start, end - start));
    start = end + 1;
  }
}

void Grid::row_line(size_t row, const std::vector<size_t>& widths, std::string& out) const {
  out.clear();
  size_t start = row_starts_[row];
  for (size_t i = 0; i < columns_.size(); ++i) {
    const size_t end = cells_.find('\0', start);
    if (i) out.append(kGap, ' ');
    append_aligned(out, std::string_view(cells_).substr(start, end - start), widths[i],
                   right_aligned(columns_[i].kind));
    start = end + 1;
  }
  trim_right(out);
}

}  // namespace clerk::render
