#include "clerk/expense/mileage.hpp"

#include <algorithm>
#include <charconv>

#include <fmt/format.h>

#include "clerk/core/error.hpp"
#include "clerk/core/text.hpp"

namespace clerk::expense {

const EnumWords& enum_words(Vehicle) {
  // HMRC's car rate is the car-and-van rate, so a van is a car here.
  static const EnumWords w{"vehicle", {"car", "motorcycle", "bicycle"}, {{"van", 0}}};
  return w;
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

int64_t parse_miles(std::string_view text, std::string_view field, bool zero_ok) {
  std::string_view t = text::trim(text);
  bool negative = t.starts_with('-');
  std::string_view number = negative ? t.substr(1) : t;
  // Claims are to one decimal place: a tenth of a mile, as a trip meter shows.
  size_t point = number.find('.');
  std::string_view whole = number.substr(0, point);
  std::string_view tenth = point == std::string_view::npos ? "0" : number.substr(point + 1);
  auto digits = [](std::string_view s) {
    return !s.empty() && s.find_first_not_of("0123456789") == std::string_view::npos;
  };
  auto bad = [&](const char* what) {
    return Error(ErrorKind::bad_data, "'" + std::string(text) + "' is not " + what)
        .field(std::string(field));
  };
  if (!digits(whole) || whole.size() > 12 || !digits(tenth)) throw bad("a number of miles");
  if (tenth.size() > 1) throw bad("miles to one decimal place");
  int64_t n = 0;
  for (char c : whole) n = n * 10 + (c - '0');
  n = n * 10 + (tenth[0] - '0');
  if (negative) n = -n;
  if (n < (zero_ok ? 0 : 1) || n > 1'000'000)
    throw Error(ErrorKind::bad_data, fmt::format("must be from {} to 100000, not {}",
                                                 zero_ok ? "0" : "0.1", miles_text(n)))
        .field(std::string(field));
  return n;
}

std::string miles_text(int64_t tenths) {
  if (tenths % 10 == 0) return std::to_string(tenths / 10);
  return fmt::format("{}{}.{}", tenths < 0 ? "-" : "", std::abs(tenths) / 10,
                     std::abs(tenths) % 10);
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
  if (claim.tenths <= 0)
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
      // It is counted in tenths, so a journey straddling it splits at the tenth.
      int64_t left =
          std::max<int64_t>(0, int64_t(rates.threshold_miles) * 10 - claim.tenths_before);
      int64_t high = std::min(claim.tenths, left);
      if (high > 0) out.bands.push_back({"car", high, rates.car_pence});
      if (claim.tenths > high)
        out.bands.push_back({fmt::format("car, over {} mi", rates.threshold_miles),
                             claim.tenths - high, rates.car_after_pence});
      break;
    }
    case Vehicle::motorcycle:
      out.bands.push_back({"motorcycle", claim.tenths, rates.motorcycle_pence});
      break;
    case Vehicle::bicycle:
      out.bands.push_back({"bicycle", claim.tenths, rates.bicycle_pence});
      break;
  }
  if (claim.passengers > 0)
    out.bands.push_back({"passenger", claim.tenths * claim.passengers, rates.passenger_pence});
  // The journey's sum is rounded to the penny once, half up (337.5p is £3.38), not band by band.
  int64_t tenth_pence = 0;
  for (const auto& band : out.bands) tenth_pence += band.tenth_pence();
  out.total = Money::from_pence((tenth_pence + 5) / 10);
  return out;
}

std::string MileageBreakdown::describe() const {
  std::vector<std::string> parts;
  for (const auto& b : bands)
    parts.push_back(
        fmt::format("{} mi × {}p ({})", miles_text(b.tenths), b.pence_per_mile, b.what));
  return text::join(parts, " + ") + " = " + total.display();
}

}  // namespace clerk::expense
