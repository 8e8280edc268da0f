#include "clerk/expense/mileage.hpp"

#include <algorithm>
#include <charconv>

#include <fmt/format.h>

#include "clerk/core/error.hpp"
#include "clerk/core/text.hpp"

namespace clerk::expense {

const std::vector<std::string>& vehicle_names() {
  static const std::vector<std::string> names = {"car", "motorcycle", "bicycle"};
  return names;
}

std::string_view vehicle_name(Vehicle vehicle) { return vehicle_names()[size_t(vehicle)]; }

Vehicle parse_vehicle(std::string_view text, std::string_view field) {
  const auto& names = vehicle_names();
  for (size_t i = 0; i < names.size(); ++i)
    if (names[i] == text) return Vehicle(i);
  // HMRC's car rate is the car-and-van rate, so a van is a car here.
  if (text == "van") return Vehicle::car;
  throw Error(ErrorKind::bad_data,
              "'" + std::string(text) + "' is not a vehicle; use " + text::join(names, ", "))
      .field(std::string(field))
      .suggest(text::near_misses(text, names));
}

namespace {

int64_t parse_whole(std::string_view text, std::string_view field, int64_t lo, int64_t hi) {
  std::string_view t = text::trim(text);
  int64_t n = 0;
  auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), n);
  if (t.empty() || ec != std::errc() || end != t.data() + t.size())
    throw Error(ErrorKind::bad_data, "'" + std::string(text) + "' is not a whole number")
        .field(std::string(field));
  if (n < lo || n > hi)
    throw Error(ErrorKind::bad_data, fmt::format("must be from {} to {}, not {}", lo, hi, n))
        .field(std::string(field));
  return n;
}

}  // namespace

int64_t parse_miles(std::string_view text, std::string_view field, int64_t lo) {
  return parse_whole(text, field, lo, 100'000);
}

int parse_passengers(std::string_view text, std::string_view field) {
  return int(parse_whole(text, field, 0, 50));
}

const std::vector<MileageRates>& hmrc_rates() {
  // HMRC Approved Mileage Allowance Payments (ITEPA 2003 s.230), from 6 April 2002: cars and vans
  // 40p a mile for the first 10,000 business miles in a tax year and 25p after; motorcycles
  // 24p; bicycles 20p; passengers 5p (s.233). The car rate rose to 45p from 2011-12.
  static const std::vector<MileageRates> table = {
      {2002, 40, 25, 24, 20, 5, 10'000},
      {2011, 45, 25, 24, 20, 5, 10'000},
  };
  return table;
}

std::vector<MileageRates> rate_table(const std::vector<MileageRates>& overrides) {
  std::vector<MileageRates> table = overrides;
  for (const auto& hmrc : hmrc_rates())
    if (std::none_of(table.begin(), table.end(),
                     [&](const MileageRates& r) { return r.from_tax_year == hmrc.from_tax_year; }))
      table.push_back(hmrc);
  return table;
}

const MileageRates& rates_for(const std::vector<MileageRates>& table, int tax_year) {
  const MileageRates* found = nullptr;
  for (const auto& r : table)
    if (r.from_tax_year <= tax_year && (!found || r.from_tax_year > found->from_tax_year))
      found = &r;
  if (!found)
    throw Error(ErrorKind::bad_data,
                fmt::format("there are no approved mileage rates for tax year {}-{:02}", tax_year,
                            (tax_year + 1) % 100))
        .field("date");
  return *found;
}

MileageBreakdown compute_mileage(const MileageRates& rates, const MileageClaim& claim) {
  if (claim.miles <= 0)
    throw Error(ErrorKind::bad_data, "miles must be more than zero").field("miles");
  if (claim.passengers < 0)
    throw Error(ErrorKind::bad_data, "passengers cannot be negative").field("passengers");
  // Passenger payments are for fellow employees carried in a car or van (ITEPA 2003 s.233).
  if (claim.passengers > 0 && claim.vehicle != Vehicle::car)
    throw Error(ErrorKind::bad_data, "passenger payments are for cars and vans only")
        .field("passengers");
  MileageBreakdown out;
  switch (claim.vehicle) {
    case Vehicle::car: {
      // The threshold counts every car and van the claimant used in the tax year; a journey
      // that crosses it is paid at the higher rate up to it and the lower rate beyond.
      int64_t left = std::max<int64_t>(0, rates.threshold_miles - claim.miles_before);
      int64_t high = std::min(claim.miles, left);
      if (high > 0) out.bands.push_back({"car", high, rates.car_pence});
      if (claim.miles > high)
        out.bands.push_back({fmt::format("car, over {} mi", rates.threshold_miles),
                             claim.miles - high, rates.car_after_pence});
      break;
    }
    case Vehicle::motorcycle:
      out.bands.push_back({"motorcycle", claim.miles, rates.motorcycle_pence});
      break;
    case Vehicle::bicycle:
      out.bands.push_back({"bicycle", claim.miles, rates.bicycle_pence});
      break;
  }
  if (claim.passengers > 0)
    out.bands.push_back({"passenger", claim.miles * claim.passengers, rates.passenger_pence});
  for (const auto& band : out.bands) out.total += band.amount();
  return out;
}

std::string MileageBreakdown::describe() const {
  std::vector<std::string> parts;
  for (const auto& b : bands)
    parts.push_back(fmt::format("{} mi × {}p ({})", b.miles, b.pence_per_mile, b.what));
  return text::join(parts, " + ") + " = " + total.display();
}

}  // namespace clerk::expense
