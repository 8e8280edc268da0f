#include "clerk/render/marking.hpp"

#include <array>

namespace clerk::render {
namespace {

int rank(std::string_view marking) {
  // The ranks of the Government Security Classifications (2018), lowest first.
  static constexpr std::array<std::string_view, 4> kOrder = {"OFFICIAL", "OFFICIAL-SENSITIVE",
                                                             "SECRET", "TOP SECRET"};
  if (marking.empty()) return 0;
  for (size_t i = 0; i < kOrder.size(); ++i)
    if (marking == kOrder[i]) return static_cast<int>(i) + 1;
  return 2;
}

}  // namespace

std::string_view higher_marking(std::string_view a, std::string_view b) {
  return rank(b) > rank(a) ? b : a;
}

bool has_marking_column(const std::vector<Column>& columns) {
  for (const auto& column : columns)
    if (column.marks) return true;
  return false;
}

void raise_marking(std::string& marking, const std::vector<Column>& columns,
                   const std::vector<Cell>& row) {
  for (size_t i = 0; i < columns.size() && i < row.size(); ++i) {
    if (!columns[i].marks) continue;
    if (const auto* value = std::get_if<std::string>(&row[i]))
      if (rank(*value) > rank(marking)) marking = *value;
  }
}

std::string table_marking(const Table& table) {
  std::string marking;
  if (!has_marking_column(table.columns)) return marking;
  for (const auto& row : table.rows) raise_marking(marking, table.columns, row);
  return marking;
}

}  // namespace clerk::render
