// Mileage allowances at HMRC's approved rates (AMAP), keyed by tax year, with the 10,000-mile
// threshold split. Pure arithmetic in whole pence and tenths of a mile.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "clerk/config/config.hpp"
#include "clerk/core/money.hpp"
#include "clerk/core/word_enum.hpp"

namespace clerk::expense {

// `car` covers cars and vans (HMRC treats them alike).
enum class Vehicle { car, motorcycle, bicycle };
const EnumWords& enum_words(Vehicle);
// Error{bad_data} naming `field` for anything else.

using MileageRates = config::MileageRates;

// HMRC's published table since AMAP began in 2002-03.
const std::vector<MileageRates>& hmrc_rates();
// HMRC's table with the config's entries added, an entry for the same year replacing HMRC's.
std::vector<MileageRates> rate_table(const std::vector<MileageRates>& overrides);
// The entry of `table` in force in `tax_year`; Error{bad_data} naming "date" before the first.
const MileageRates& rates_for(const std::vector<MileageRates>& table, int tax_year);

// Miles to one decimal place ("7.5", "12", "12.0"), from 0.1 (or 0 with `zero_ok`) to 100,000
// (more in one journey is a typing slip), as tenths of a mile: 7.5 is 75. Error{bad_data} naming
// `field` otherwise, a second decimal place included.
int64_t parse_miles(std::string_view text, std::string_view field = "miles", bool zero_ok = false);
// Tenths of a mile as people write miles: 75 is "7.5", 120 is "12".
std::string miles_text(int64_t tenths);
// 0 to 50 passengers; Error{bad_data} naming `field` otherwise.
int parse_passengers(std::string_view text, std::string_view field = "passengers");

// One line of the sum: `tenths` of a mile at `pence_per_mile`.
struct MileageBand {
  std::string what;  // "car", "car, over 10000 mi", "passenger"
  int64_t tenths = 0;
  int pence_per_mile = 0;
  int64_t tenth_pence() const { return tenths * pence_per_mile; }  // unrounded
};

struct MileageClaim {
  Vehicle vehicle = Vehicle::car;
  int64_t tenths = 0;  // the journey's business miles in tenths (both ways for a return trip)
  int passengers = 0;
  int64_t tenths_before = 0;  // car miles already counted in the claimant's tax year, in tenths
};

struct MileageBreakdown {
  std::vector<MileageBand> bands;
  Money total;
  // "10 mi × 45p (car) + 20 mi × 25p (car, over 10000 mi) + 30 mi × 5p (passenger) = £11.00",
  // "7.5 mi × 45p (car) = £3.38"
  std::string describe() const;
};

// The allowance for `claim` at `rates`: the bands' sum rounded to the penny once for the journey,
// half up (7.5 mi × 45p = 337.5p = £3.38); the threshold counts tenths, so a journey from
// 9,999.5 to 10,000.5 miles is 0.5 mi at the car rate and 0.5 mi at the rate after.
// Error{bad_data} for miles ≤ 0 (field "miles"), negative passengers or passengers on a
// motorcycle or bicycle (field "passengers").
MileageBreakdown compute_mileage(const MileageRates& rates, const MileageClaim& claim);

}  // namespace clerk::expense
