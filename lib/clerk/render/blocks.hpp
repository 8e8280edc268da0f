// Laying out tables, records, headings and paragraphs as lines, for `table` and `text` output.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "clerk/render/document.hpp"
#include "clerk/render/grid.hpp"
#include "clerk/render/line_sink.hpp"

namespace clerk::render {

struct TableStyle {
  std::string_view rule;  // drawn under the header, once per column character
  bool color = false;     // bold header, dim rule
  bool page = false;      // print: wrap and leave out rather than cut (print_table.hpp)
};
// Terminals get a box-drawing rule; print gets ASCII '-', which every printer and font has and
// which matches the '=' and '-' underlines of headings.
inline constexpr TableStyle kTerminalStyle{"\xE2\x94\x80", false};  // ─
inline constexpr TableStyle kPrintStyle{"-", false, true};

// Paragraphs and headings wrap here when no width is given.
inline constexpr size_t kDefaultTextWidth = 80;

// Printable lines of at most `width` columns (0: no wrapping), keeping the text's own line
// breaks; a word longer than a line is split.
std::vector<std::string> wrap(std::string_view text, size_t width);

void emit_table(const Grid& grid, size_t width, TableStyle style, LineSink& sink);
// "Label  value" lines, labels padded to the longest; long values wrap under themselves when
// `width` is set, and a value's own line breaks are kept.
void emit_record(const std::vector<Column>& columns, const std::vector<Cell>& values, size_t width,
                 LineSink& sink);
// Level 1 underlined with '=', deeper levels with '-'.
void emit_heading(std::string_view text, int level, size_t width, LineSink& sink);
// A document's blocks in order, one blank line between them (title and marking are the caller's).
void emit_blocks(const std::vector<Block>& blocks, size_t width, TableStyle style, LineSink& sink);

}  // namespace clerk::render
