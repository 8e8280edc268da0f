#include "clerk/render/grid.hpp"

#include <algorithm>

#include "clerk/core/text.hpp"
#include "clerk/core/utf8.hpp"
#include "clerk/render/cell_text.hpp"

namespace clerk::render {
size_t highest_fitting_cap(size_t widest, size_t budget,
                           const std::function<size_t(size_t)>& total_at) {
  size_t low = 0, high = widest;
  while (low < high) {
    const size_t mid = (low + high + 1) / 2;
    if (total_at(mid) <= budget)
      low = mid;
    else
      high = mid - 1;
  }
  return low;
}

namespace {

void append_aligned(std::string& out, std::string_view text, size_t width, bool right) {
  const size_t shown = text::display_width(text);
  if (shown > width) {
    if (width == 0) return;
    out += utf8::prefix_columns(text, width - 1);
    out += "\xE2\x80\xA6";  // …
    return;
  }
  if (right) out.append(width - shown, ' ');
  out += text;
  if (!right) out.append(width - shown, ' ');
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

std::vector<size_t> Grid::fit(size_t max_width) const {
  std::vector<size_t> widths = natural_;
  if (max_width == 0 || widths.empty()) return widths;
  size_t fixed = kGap * (widths.size() - 1);
  size_t widest = 0;
  for (size_t i = 0; i < widths.size(); ++i) {
    if (columns_[i].kind == Kind::text)
      widest = std::max(widest, widths[i]);
    else
      fixed += widths[i];
  }
  const size_t budget = max_width > fixed ? max_width - fixed : 0;
  // Text columns capped at `level` (but none below its floor) take this many columns.
  auto width_at = [&](size_t level, size_t i) {
    return std::max(std::min(natural_[i], kMinWidth), std::min(natural_[i], level));
  };
  auto total_at = [&](size_t level) {
    size_t total = 0;
    for (size_t i = 0; i < widths.size(); ++i)
      if (columns_[i].kind == Kind::text) total += width_at(level, i);
    return total;
  };
  if (total_at(widest) <= budget) return widths;
  // Water-filling: the highest cap that fits, found by bisection, so the widest columns give
  // up width first and narrow ones keep theirs.
  size_t low = highest_fitting_cap(widest, budget, total_at);
  size_t spare = budget > total_at(low) ? budget - total_at(low) : 0;
  for (size_t i = 0; i < widths.size(); ++i) {
    if (columns_[i].kind != Kind::text) continue;
    widths[i] = width_at(low, i);
    // The cap leaves less than one column per capped column over: hand it out left to right.
    if (spare > 0 && natural_[i] > widths[i]) {
      ++widths[i];
      --spare;
    }
  }
  return widths;
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
