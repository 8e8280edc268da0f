// A buffered table as printable text fitted into columns: the layout `table` and `text` share.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "clerk/render/table.hpp"

namespace clerk::render {

class Grid {
 public:
  explicit Grid(std::vector<Column> columns);

  void add(const std::vector<Cell>& cells);
  const std::vector<Column>& columns() const { return columns_; }
  size_t rows() const { return row_starts_.size(); }

  // Each replaces `out` with one line, trailing spaces removed, each cell padded to its
  // column's width in `widths` (at least its natural width: a terminal table too wide for its
  // terminal is laid out by print_table.hpp instead, which wraps rather than cuts).
  void header_line(const std::vector<size_t>& widths, std::string& out) const;
  void rule_line(const std::vector<size_t>& widths, std::string_view rule, std::string& out) const;
  void row_line(size_t row, const std::vector<size_t>& widths, std::string& out) const;

  // The printable text of column `i`'s label, its widest label or cell, and a row's cells.
  const std::string& label(size_t i) const { return labels_[i]; }
  size_t natural(size_t i) const { return natural_[i]; }
  const std::vector<size_t>& natural_widths() const { return natural_; }
  // The whole table's width with nothing wrapped or cut: every column's natural width and gaps.
  size_t natural_width() const;
  void row_cells(size_t row, std::vector<std::string_view>& out) const;

  static constexpr size_t kGap = 2;  // spaces between columns

 private:
  std::vector<Column> columns_;
  std::vector<std::string> labels_;  // printable
  // Every cell's printable text back to back, each ended by '\0' (which printable text never
  // holds): one allocation for the whole table instead of one string per cell.
  std::string cells_;
  std::vector<size_t> row_starts_;
  std::vector<size_t> natural_;  // widest label or cell of each column
  std::string scratch_;
};

}  // namespace clerk::render
