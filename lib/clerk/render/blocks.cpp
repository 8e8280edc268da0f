#include "clerk/render/blocks.hpp"

#include <algorithm>

#include "clerk/core/text.hpp"
#include "clerk/render/cell_text.hpp"
#include "clerk/render/formats.hpp"
#include "clerk/render/print_table.hpp"

namespace clerk::render {
namespace {

// Below this a wrapped record value would be a column of fragments; it runs on instead.
constexpr size_t kMinValueWidth = 10;

void wrap_line(std::string_view line, size_t width, std::vector<std::string>& out) {
  if (width == 0 || text::display_width(line) <= width) {
    out.emplace_back(line);
    return;
  }
  std::string current;
  size_t current_width = 0;
  auto flush = [&] {
    out.push_back(std::move(current));
    current.clear();
    current_width = 0;
  };
  size_t start = 0;
  while (start <= line.size()) {
    const size_t end = std::min(line.find(' ', start), line.size());
    std::string_view word = line.substr(start, end - start);
    start = end + 1;
    if (word.empty()) continue;
    size_t word_width = text::display_width(word);
    if (current_width > 0 && current_width + 1 + word_width > width) flush();
    while (word_width > width) {
      const auto piece = text::prefix_columns(word, width);
      out.emplace_back(piece);
      word.remove_prefix(piece.size());
      word_width -= width;
    }
    if (word.empty()) continue;
    if (current_width > 0) {
      current += ' ';
      ++current_width;
    }
    current += word;
    current_width += word_width;
  }
  if (current_width > 0) flush();
}

void emit_section(const Section& section, size_t width, TableStyle style, LineSink& sink) {
  if (!section.heading.empty()) emit_heading(section.heading, 2, width, sink);
  if (section.record) {
    emit_record(section.table.columns, record_values(section), width, sink);
    return;
  }
  Grid grid(section.table.columns);
  for (const auto& row : section.table.rows) grid.add(row);
  emit_table(grid, width, style, sink);
}

}  // namespace

std::vector<std::string> wrap(std::string_view text, size_t width) {
  std::string clean;
  append_printable(clean, text, Breaks::keep);
  std::vector<std::string> lines;
  size_t start = 0;
  while (true) {
    const size_t end = clean.find('\n', start);
    wrap_line(std::string_view(clean).substr(start, end - start), width, lines);
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return lines;
}

void emit_table(const Grid& grid, size_t width, TableStyle style, LineSink& sink) {
  if (style.page) return emit_print_table(grid, width, sink);
  // Too wide for the terminal: laid out as for print (free text wraps, low-value columns go,
  // a reference is never cut), with the terminal's rule and colour.
  if (width > 0 && grid.natural_width() > width)
    return emit_print_table(grid, width, sink, {style.rule, style.color, "the terminal"});
  const auto& widths = grid.natural_widths();
  std::string header, rule, line;
  grid.header_line(widths, header);
  grid.rule_line(widths, style.rule, rule);
  sink.keep_together(grid.rows() > 0 ? 3 : 2);
  if (style.color) {
    sink.line("\x1b[1m" + header + "\x1b[0m");
    sink.line("\x1b[2m" + rule + "\x1b[0m");
  } else {
    sink.line(header);
    sink.line(rule);
  }
  sink.repeat({header, rule});
  for (size_t row = 0; row < grid.rows(); ++row) {
    grid.row_line(row, widths, line);
    sink.line(line);
  }
  sink.repeat({});
}

void emit_record(const std::vector<Column>& columns, const std::vector<Cell>& values, size_t width,
                 LineSink& sink) {
  check_row_size(columns.size(), values.size());
  std::vector<std::string> labels;
  size_t label_width = 0;
  for (const auto& column : columns) {
    labels.emplace_back();
    append_printable(labels.back(), column.label, Breaks::to_space);
    label_width = std::max(label_width, text::display_width(labels.back()));
  }
  const size_t indent = label_width + Grid::kGap;
  const size_t value_width =
      width >= indent + kMinValueWidth ? width - indent : 0;  // 0: values run on unwrapped
  std::string scratch, line;
  for (size_t i = 0; i < columns.size(); ++i) {
    const auto value_lines = wrap(human_text(values[i], scratch), value_width);
    for (size_t k = 0; k < value_lines.size(); ++k) {
      line.assign(k == 0 ? labels[i] : "");
      line.append(indent - text::display_width(line), ' ');
      line += value_lines[k];
      const auto end = line.find_last_not_of(' ');  // an empty value leaves only padding
      line.resize(end == std::string::npos ? 0 : end + 1);
      sink.line(line);
    }
  }
}

void emit_heading(std::string_view text, int level, size_t width, LineSink& sink) {
  const auto lines = wrap(text, width ? width : kDefaultTextWidth);
  size_t longest = 0;
  for (const auto& line : lines) longest = std::max(longest, text::display_width(line));
  // Kept with its underline and the first lines under it (a table's header, rule and first row,
  // or a blank line and some text): never a heading alone at the foot of a page.
  sink.keep_together(lines.size() + 5);
  for (const auto& line : lines) sink.line(line);
  sink.line(std::string(longest, level <= 1 ? '=' : '-'));
}

void emit_blocks(const std::vector<Block>& blocks, size_t width, TableStyle style, LineSink& sink) {
  for (size_t i = 0; i < blocks.size(); ++i) {
    if (i > 0) sink.line("");
    if (const auto* heading = std::get_if<Heading>(&blocks[i])) {
      emit_heading(heading->text, heading->level, width, sink);
    } else if (const auto* paragraph = std::get_if<Paragraph>(&blocks[i])) {
      for (const auto& line : wrap(paragraph->text, width ? width : kDefaultTextWidth))
        sink.line(line);
    } else {
      emit_section(std::get<Section>(blocks[i]), width, style, sink);
    }
  }
}

}  // namespace clerk::render
