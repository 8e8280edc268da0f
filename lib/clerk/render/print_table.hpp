// A table laid out for a printed page (`text`), or a terminal narrower than the table: free text
// wraps onto continuation lines, then low-value columns are left out and named, and an
// identifier, date or amount is never cut.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "clerk/render/grid.hpp"
#include "clerk/render/line_sink.hpp"

namespace clerk::render {

struct PageLayout {
  std::vector<size_t> shown;          // the columns printed, in table order
  std::vector<size_t> widths;         // the width of each shown column
  std::vector<std::string> left_out;  // labels of the columns dropped to fit the page
};

// A word (space to space) up to this many columns is never split across lines: references,
// codes, logins and e-mail addresses stay whole; only a longer word (a URL) may be.
inline constexpr size_t kWholeWord = 30;
// Free text is not wrapped narrower than this while a droppable column could make room; past
// that, it wraps down to its longest word.
inline constexpr size_t kMinWrapWidth = 12;

// Column widths for a page `width` columns wide (0: no limit).
PageLayout lay_out_page(const Grid& grid, size_t width);

// How the header is drawn and what the table is fitted to: a page, '-' under plain labels; a
// terminal, '─' under bold labels with a dim rule when colour is on.
struct WrappedStyle {
  std::string_view rule = "-";
  bool color = false;
  std::string_view fitted_to = "the page";
};

// The header (wrapped labels and a rule, repeated atop each page the table runs onto), each row
// on as many lines as its tallest cell and never split across pages, then a note naming any
// columns left out.
void emit_print_table(const Grid& grid, size_t width, LineSink& sink, WrappedStyle style = {});

}  // namespace clerk::render
