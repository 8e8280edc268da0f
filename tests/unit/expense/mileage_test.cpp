#include "clerk/expense/mileage.hpp"

#include <doctest/doctest.h>

#include "clerk/core/error.hpp"
#include "clerk/core/period.hpp"

using namespace clerk;
using namespace clerk::expense;

namespace {
const MileageRates& rates_in(int tax_year) { return rates_for(hmrc_rates(), tax_year); }
}  // namespace

TEST_SUITE("mileage") {
  TEST_CASE("a journey crossing 10,000 car miles is split across the two rates") {
    // The worked example: 9,990 miles already, 30 more with one passenger.
    auto b = compute_mileage(rates_in(2026), {Vehicle::car, 300, 1, 99'900});
    REQUIRE(b.bands.size() == 3);
    CHECK(b.bands[0].tenths == 100);
    CHECK(b.bands[0].pence_per_mile == 45);
    CHECK(b.bands[1].tenths == 200);
    CHECK(b.bands[1].pence_per_mile == 25);
    CHECK(b.bands[2].tenths == 300);
    CHECK(b.bands[2].pence_per_mile == 5);
    CHECK(b.total == Money::from_pence(1'100));
    CHECK(b.describe() ==
          "10 mi × 45p (car) + 20 mi × 25p (car, over 10000 mi) + 30 mi × 5p (passenger) = £11.00");
  }

  TEST_CASE("car miles are paid at one rate on either side of the threshold") {
    struct Row {
      int64_t before, miles, pence;
    };
    // In tenths of a mile.
    for (Row r : {Row{0, 1'000, 4'500}, Row{99'000, 1'000, 4'500}, Row{99'010, 1'000, 4'480},
                  Row{100'000, 1'000, 2'500}, Row{250'000, 10, 25}}) {
      CAPTURE(r.before);
      CAPTURE(r.miles);
      CHECK(compute_mileage(rates_in(2026), {Vehicle::car, r.miles, 0, r.before}).total.pence() ==
            r.pence);
    }
  }

  TEST_CASE("motorcycles and bicycles have flat rates whatever the miles before") {
    CHECK(compute_mileage(rates_in(2026), {Vehicle::motorcycle, 100, 0, 500'000}).total.pence() ==
          240);
    CHECK(compute_mileage(rates_in(2026), {Vehicle::bicycle, 100, 0, 0}).total.pence() == 200);
  }

  TEST_CASE("the rates are those of the tax year: 40p for cars before 2011-12, 45p from it") {
    // The tax year starts on 6 April: 5 April 2011 is still 2010-11.
    CHECK(rates_in(tax_year_of(Date::parse_iso("2011-04-05", "d"))).car_pence == 40);
    CHECK(rates_in(tax_year_of(Date::parse_iso("2011-04-06", "d"))).car_pence == 45);
    CHECK(compute_mileage(rates_in(2010), {Vehicle::car, 1'000, 0, 0}).total.pence() == 4'000);
    CHECK_THROWS_AS(rates_in(2001), Error);
  }

  TEST_CASE("configured rates add a year or replace HMRC's") {
    MileageRates future{2027, 55, 30, 24, 20, 5, 10'000};
    auto table = rate_table({future});
    CHECK(rates_for(table, 2026).car_pence == 45);
    CHECK(rates_for(table, 2027).car_pence == 55);
    CHECK(rates_for(table, 2030).car_pence == 55);
    MileageRates replaced{2011, 50, 25, 24, 20, 5, 10'000};
    CHECK(rates_for(rate_table({replaced}), 2015).car_pence == 50);
  }

  TEST_CASE("bad journeys are refused naming the field") {
    auto field_of = [](const MileageClaim& claim) {
      try {
        compute_mileage(rates_in(2026), claim);
      } catch (const Error& e) {
        CHECK(e.kind() == ErrorKind::bad_data);
        return e.field();
      }
      return std::string("no error");
    };
    CHECK(field_of({Vehicle::car, 0, 0, 0}) == "miles");
    CHECK(field_of({Vehicle::car, -5, 0, 0}) == "miles");
    CHECK(field_of({Vehicle::bicycle, 5, 1, 0}) == "passengers");
    CHECK(field_of({Vehicle::car, 5, -1, 0}) == "passengers");
  }

  TEST_CASE("miles to one decimal place: a journey's sum is rounded to the penny once, half up") {
    // 7.5 mi × 45p = 337.5p: £3.38.
    auto b = compute_mileage(rates_in(2026), {Vehicle::car, 75, 0, 0});
    CHECK(b.total.pence() == 338);
    CHECK(b.describe() == "7.5 mi × 45p (car) = £3.38");
    // 0.1 mi × 45p = 4.5p: 5p. 0.1 mi × 24p = 2.4p: 2p.
    CHECK(compute_mileage(rates_in(2026), {Vehicle::car, 1, 0, 0}).total.pence() == 5);
    CHECK(compute_mileage(rates_in(2026), {Vehicle::motorcycle, 1, 0, 0}).total.pence() == 2);
    // Once per journey, not per band: 7.5 mi × 45p + 7.5 mi × 5p (one passenger) = 337.5p +
    // 37.5p = 375p, where rounding each band would give 338p + 38p = 376p.
    CHECK(compute_mileage(rates_in(2026), {Vehicle::car, 75, 1, 0}).total.pence() == 375);
  }

  TEST_CASE("the threshold counts tenths: a journey straddling it splits at the tenth") {
    // From 9,999.5 to 10,000.5 miles: 0.5 mi × 45p + 0.5 mi × 25p = 22.5p + 12.5p = 35p.
    auto b = compute_mileage(rates_in(2026), {Vehicle::car, 10, 0, 99'995});
    REQUIRE(b.bands.size() == 2);
    CHECK(b.bands[0].tenths == 5);
    CHECK(b.bands[1].tenths == 5);
    CHECK(b.total.pence() == 35);
    CHECK(b.describe() == "0.5 mi × 45p (car) + 0.5 mi × 25p (car, over 10000 mi) = £0.35");
    // 9,999.9 before: 0.1 mi at 45p, 2.4 mi at 25p = 4.5p + 60p = 64.5p: 65p.
    CHECK(compute_mileage(rates_in(2026), {Vehicle::car, 25, 0, 99'999}).total.pence() == 65);
  }

  TEST_CASE("miles are read to one decimal place, in range") {
    CHECK(parse_miles(" 12 ") == 120);
    CHECK(parse_miles("7.5") == 75);
    CHECK(parse_miles("12.0") == 120);
    CHECK(parse_miles("0.1") == 1);
    CHECK(parse_miles("100000") == 1'000'000);
    CHECK(parse_miles("0", "miles_before", true) == 0);
    CHECK(parse_miles("9999.5", "miles_before", true) == 99'995);
    for (const char* bad : {"0", "0.0", "-3", "12.55", "7.", ".", "7,5", "ten", "", "100001",
                            "100000.1", "1e3", "7.x"}) {
      CAPTURE(bad);
      CHECK_THROWS_AS(parse_miles(bad), Error);
    }
    CHECK(parse_passengers("2") == 2);
    CHECK_THROWS_AS(parse_passengers("51"), Error);
  }

  TEST_CASE("vehicles parse by name, a van being a car") {
    CHECK(parse_word<Vehicle>("van") == Vehicle::car);
    CHECK(parse_word<Vehicle>("motorcycle") == Vehicle::motorcycle);
    try {
      parse_word<Vehicle>("bike");
      FAIL("expected an error");
    } catch (const Error& e) {
      CHECK(e.field() == "vehicle");
    }
  }
}
