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
    CHECK(grid.fit(0) == std::vector<size_t>{4, 5});
  }

  TEST_CASE("the widest text column gives up width first") {
    const auto grid = grid_of({{"a", "A", Kind::text}, {"b", "B", Kind::text}},
                              {{std::string(20, 'x'), std::string(6, 'y')}});
    CHECK(grid.fit(20) == std::vector<size_t>{12, 6});
    CHECK(grid.fit(12) == std::vector<size_t>{5, 5});
    CHECK(grid.fit(11) == std::vector<size_t>{5, 4});
  }

  TEST_CASE("numbers, money and dates keep their width and text stops at its minimum") {
    const auto grid =
        grid_of({{"t", "T", Kind::text}, {"n", "N", Kind::integer}, {"d", "D", Kind::date}},
                {{std::string(10, 'x'), int64_t{123}, *Date::from_ymd(2026, 1, 2)}});
    CHECK(grid.fit(5) == std::vector<size_t>{Grid::kMinWidth, 3, 10});
  }

  TEST_CASE("a cell cut to its column ends in an ellipsis") {
    const auto grid = grid_of({{"t", "Title", Kind::text}}, {{std::string("abcdefgh")}});
    std::string line;
    grid.row_line(0, {5}, line);
    CHECK(line == "abcd…");
    grid.header_line({5}, line);
    CHECK(line == "Title");
  }
}
