#include "clerk/render/grid.hpp"

#include <doctest/doctest.h>

using namespace clerk;
using namespace clerk::render;

namespace {

Grid grid_of(std::vector<Column> columns, std::vector<std::vector<Cell>> rows) {
  Grid grid(std::move(columns));
  for (const auto& row : rows) grid.add(row);
  return grid;
}

}  // namespace

TEST_SUITE("render/grid") {
  TEST_CASE("widths are the widest label or cell, counted in characters not bytes") {
    const auto grid = grid_of({{"a", "A", Kind::text}, {"m", "Money", Kind::money}},
                              {{std::string("caf\xC3\xA9"), Money::from_pence(100)}});
    CHECK(grid.natural_widths() == std::vector<size_t>{4, 5});
    CHECK(grid.natural_width() == 4 + Grid::kGap + 5);
  }

  TEST_CASE("a row is its cells padded to the widths, numbers and money on the right") {
    const auto grid = grid_of({{"t", "Title", Kind::text}, {"n", "N", Kind::integer}},
                              {{std::string("abc"), int64_t{7}}});
    std::string line;
    grid.row_line(0, {5, 3}, line);
    CHECK(line == "abc      7");
    grid.header_line({5, 3}, line);
    CHECK(line == "Title    N");
  }
}
