#include "clerk/render/print_table.hpp"

#include <algorithm>
#include <functional>
#include <utility>

#include "clerk/core/text.hpp"
#include "clerk/render/blocks.hpp"
#include "clerk/render/cell_text.hpp"

namespace clerk::render {
namespace {

// Water-filling: the highest cap in [0, widest] at which `total_at(cap)` (non-decreasing in the
// cap) still fits `budget`, found by bisection.
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

size_t longest_word(std::string_view text) {
  size_t longest = 0, start = 0;
  while (start <= text.size()) {
    const size_t end = std::min(text.find(' ', start), text.size());
    longest = std::max(longest, text::display_width(text.substr(start, end - start)));
    start = end + 1;
  }
  return longest;
}

// How narrow each column may go: a label wraps at its spaces; free text wraps, but never
// splits a word of up to kWholeWord; any other value (a number, an amount, a date) stays on one
// line at its full width. `comfortable` also keeps free text at least kMinWrapWidth wide, the
// narrowest worth reading, which is given up only when no column is left to drop.
std::vector<size_t> floors(const Grid& grid, bool comfortable) {
  const auto& columns = grid.columns();
  std::vector<size_t> floor(columns.size());
  std::vector<std::string_view> cells;
  for (size_t i = 0; i < columns.size(); ++i) floor[i] = longest_word(grid.label(i));
  for (size_t row = 0; row < grid.rows(); ++row) {
    grid.row_cells(row, cells);
    for (size_t i = 0; i < columns.size(); ++i) {
      const size_t need = columns[i].kind == Kind::text
                              ? std::min(longest_word(cells[i]), kWholeWord)
                              : text::display_width(cells[i]);
      floor[i] = std::max(floor[i], need);
    }
  }
  for (size_t i = 0; i < columns.size(); ++i) {
    if (comfortable && columns[i].kind == Kind::text) floor[i] = std::max(floor[i], kMinWrapWidth);
    floor[i] = std::min(floor[i], grid.natural(i));
  }
  return floor;
}

// Water-filling between each column's floor and its natural width: the highest cap that fits,
// so the widest columns give up width first and narrow ones keep theirs.
std::vector<size_t> share_out(const std::vector<size_t>& floor, const std::vector<size_t>& natural,
                              size_t budget) {
  auto width_at = [&](size_t level, size_t i) {
    return std::max(floor[i], std::min(natural[i], level));
  };
  auto total_at = [&](size_t level) {
    size_t total = 0;
    for (size_t i = 0; i < floor.size(); ++i) total += width_at(level, i);
    return total;
  };
  size_t widest = 0;
  for (size_t n : natural) widest = std::max(widest, n);
  size_t low = highest_fitting_cap(widest, budget, total_at);
  std::vector<size_t> widths(floor.size());
  size_t spare = budget > total_at(low) ? budget - total_at(low) : 0;
  for (size_t i = 0; i < floor.size(); ++i) {
    widths[i] = width_at(low, i);
    if (spare > 0 && natural[i] > widths[i]) {
      ++widths[i];
      --spare;
    }
  }
  return widths;
}

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

// The lines of one row (or the header): each shown cell wrapped to its width, side by side.
std::vector<std::string> block_lines(const Grid& grid, const PageLayout& layout,
                                     const std::vector<std::string_view>& texts) {
  std::vector<std::vector<std::string>> wrapped;
  size_t height = 1;
  for (size_t k = 0; k < layout.shown.size(); ++k) {
    wrapped.push_back(wrap(texts[layout.shown[k]], layout.widths[k]));
    height = std::max(height, wrapped.back().size());
  }
  std::vector<std::string> lines(height);
  for (size_t line = 0; line < height; ++line) {
    for (size_t k = 0; k < layout.shown.size(); ++k) {
      if (k) lines[line].append(Grid::kGap, ' ');
      const auto& cell = wrapped[k];
      append_aligned(lines[line], line < cell.size() ? std::string_view(cell[line]) : "",
                     layout.widths[k], right_aligned(grid.columns()[layout.shown[k]].kind));
    }
    trim_right(lines[line]);
  }
  return lines;
}

}  // namespace

PageLayout lay_out_page(const Grid& grid, size_t width) {
  const auto& columns = grid.columns();
  const auto comfortable = floors(grid, true);
  std::vector<bool> shown(columns.size(), true);
  auto layout_at = [&](const std::vector<size_t>& floor) {
    PageLayout layout;
    std::vector<size_t> f, n;
    for (size_t i = 0; i < columns.size(); ++i) {
      if (!shown[i]) {
        layout.left_out.push_back(grid.label(i));
        continue;
      }
      layout.shown.push_back(i);
      f.push_back(floor[i]);
      n.push_back(grid.natural(i));
    }
    const size_t gaps = f.empty() ? 0 : Grid::kGap * (f.size() - 1);
    size_t least = gaps;
    for (size_t w : f) least += w;
    if (width == 0)
      layout.widths = n;
    else if (least <= width)
      layout.widths = share_out(f, n, width - gaps);
    else
      layout.widths = f;  // too wide even so: the lines run past the page rather than cut
    return std::pair{layout, width == 0 || least <= width};
  };
  while (true) {
    auto [layout, fits] = layout_at(comfortable);
    if (fits) return layout;
    // The next to go: the highest `drop`, the rightmost of equals.
    size_t victim = columns.size();
    for (size_t i = 0; i < columns.size(); ++i)
      if (shown[i] && columns[i].drop > 0 &&
          (victim == columns.size() || columns[i].drop >= columns[victim].drop))
        victim = i;
    if (victim == columns.size()) break;
    shown[victim] = false;
  }
  // Nothing left to drop: free text narrower than is comfortable, down to its longest word.
  return layout_at(floors(grid, false)).first;
}

void emit_print_table(const Grid& grid, size_t width, LineSink& sink, WrappedStyle style) {
  const auto layout = lay_out_page(grid, width);
  std::vector<std::string_view> texts;
  for (size_t i = 0; i < grid.columns().size(); ++i) texts.push_back(grid.label(i));
  auto header = block_lines(grid, layout, texts);
  std::string rule;
  for (size_t k = 0; k < layout.widths.size(); ++k) {
    if (k) rule.append(Grid::kGap, ' ');
    for (size_t n = 0; n < layout.widths[k]; ++n) rule += style.rule;
  }
  if (style.color) {
    for (auto& line : header) line = "\x1b[1m" + line + "\x1b[0m";
    rule = "\x1b[2m" + rule + "\x1b[0m";
  }
  header.push_back(rule);
  std::vector<std::vector<std::string>> first;
  if (grid.rows() > 0) {
    grid.row_cells(0, texts);
    first.push_back(block_lines(grid, layout, texts));
  }
  sink.keep_together(header.size() + (first.empty() ? 0 : first.front().size()));
  for (const auto& line : header) sink.line(line);
  sink.repeat(header);
  for (size_t row = 0; row < grid.rows(); ++row) {
    std::vector<std::string> lines;
    if (row == 0) {
      lines = std::move(first.front());
    } else {
      grid.row_cells(row, texts);
      lines = block_lines(grid, layout, texts);
    }
    if (lines.size() > 1) sink.keep_together(lines.size());
    for (const auto& line : lines) sink.line(line);
  }
  sink.repeat({});
  if (!layout.left_out.empty()) {
    const std::string note = "Not shown, to fit " + std::string(style.fitted_to) + ": " +
                             text::join(layout.left_out, ", ") +
                             " (--format csv or json gives every column).";
    for (const auto& line : wrap(note, width)) sink.line(line);
  }
}

}  // namespace clerk::render
