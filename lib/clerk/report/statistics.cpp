#include "clerk/report/statistics.hpp"

#include <algorithm>

namespace clerk::report {

std::optional<int64_t> percentile(std::vector<int64_t>& values, int p) {
  if (values.empty() || p <= 0 || p > 100) return std::nullopt;
  const auto n = static_cast<int64_t>(values.size());
  int64_t rank = (p * n + 99) / 100;  // ceil(p × n / 100), in whole numbers
  rank = std::clamp<int64_t>(rank, 1, n);
  auto nth = values.begin() + (rank - 1);
  std::nth_element(values.begin(), nth, values.end());
  return *nth;
}

std::optional<int64_t> percent(int64_t part, int64_t whole) {
  if (whole <= 0) return std::nullopt;
  return part * 100 / whole;
}

}  // namespace clerk::report
