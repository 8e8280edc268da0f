// A buffered table as printable text fitted into columns: the layout `table` and `text` share.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "clerk/render/table.hpp"

namespace clerk::render {

// Water-filling: the highest cap in [0, widest] at which `total_at(cap)` (non-decreasing in the
// cap) still fits `budget`, found by bisection; the terminal table and print text share it.
size_t highest_fitting_cap(size_t widest, size_t budget,
                           const std::function<size_t(size_t)>& total_at);

class Grid {
 public:
  explicit Grid(std::vector<Column> columns);

  void add(const std::vector<Cell>& cells);
  const std::vector<Column>& columns() const { return columns_; }
  size_t rows() const { return row_starts_.size(); }

  // Column widths that fit `max_width` display columns (0: no limit). Only text columns shrink,
  // the widest first and never below kMinWidth: numbers, money and dates must stay whole.
  std::vector<size_t> fit(size_t max_width) const;

  // Each replaces `out` with one line, trailing spaces removed; a cell wider than its column is
  // cut and ends in "…".
  void header_line(const std::vector<size_t>& widths, std::string& out) const;
  void rule_line(const std::vector<size_t>& widths, std::string_view rule, std::string& out) const;
  void row_line(size_t row, const std::vector<size_t>& widths, std::string& out) const;

  // The printable text of column `i`'s label, its widest label or cell, and a row's cells.
  const std::string& label(size_t i) const { return labels_[i]; }
  size_t natural(size_t i) const { return natural_[i]; }
  void row_cells(size_t row, std::vector<std::string_view>& out) const;

  static constexpr size_t kGap = 2;       // spaces between columns
  static constexpr size_t kMinWidth = 4;  // a shrunk column still shows "Abc…"

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
