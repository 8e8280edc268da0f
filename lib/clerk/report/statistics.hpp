// Order statistics and shares for reports: nearest-rank percentiles and whole percentages.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

namespace clerk::report {

// The p-th percentile (0 < p <= 100) by the nearest-rank method: the smallest value with at
// least p% of the values at or below it, i.e. the ceil(p/100 × n)-th smallest. It is always one
// of the values (so a median of working days is a whole number of days); none when empty.
// `values` is reordered.
std::optional<int64_t> percentile(std::vector<int64_t>& values, int p);

// part/whole as a whole percentage rounded down (so 99.9% is not reported as 100%); none when
// whole is zero.
std::optional<int64_t> percent(int64_t part, int64_t whole);

}  // namespace clerk::report
