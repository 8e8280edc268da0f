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
    auto b = compute_mileage(rates_in(2026), {Vehicle::car, 30, 1, 9'990});
    REQUIRE(b.bands.size() == 3);
    CHECK(b.bands[0].miles == 10);
    CHECK(b.bands[0].pence_per_mile == 45);
    CHECK(b.bands[1].miles == 20);
    CHECK(b.bands[1].pence_per_mile == 25);
    CHECK(b.bands[2].miles == 30);
    CHECK(b.bands[2].pence_per_mile == 5);
    CHECK(b.total == Money::from_pence(1'100));
    CHECK(b.describe() ==
          "10 mi × 45p (car) + 20 mi × 25p (car, over 10000 mi) + 30 mi × 5p (passenger) = £11.00");
  }

  TEST_CASE("car miles are paid at one rate on either side of the threshold") {
    struct Row {
      int64_t before, miles, pence;
    };
    for (Row r : {Row{0, 100, 4'500}, Row{9'900, 100, 4'500}, Row{9'901, 100, 4'480},
                  Row{10'000, 100, 2'500}, Row{25'000, 1, 25}}) {
      CAPTURE(r.before);
      CAPTURE(r.miles);
      CHECK(compute_mileage(rates_in(2026), {Vehicle::car, r.miles, 0, r.before}).total.pence() ==
            r.pence);
    }
  }

  TEST_CASE("motorcycles and bicycles have flat rates whatever the miles before") {
    CHECK(compute_mileage(rates_in(2026), {Vehicle::motorcycle, 10, 0, 50'000}).total.pence() ==
          240);
    CHECK(compute_mileage(rates_in(2026), {Vehicle::bicycle, 10, 0, 0}).total.pence() == 200);
  }

  TEST_CASE("the rates are those of the tax year: 40p for cars before 2011-12, 45p from it") {
    // The tax year starts on 6 April: 5 April 2011 is still 2010-11.
    CHECK(rates_in(tax_year_of(Date::parse_iso("2011-04-05", "d"))).car_pence == 40);
    CHECK(rates_in(tax_year_of(Date::parse_iso("2011-04-06", "d"))).car_pence == 45);
    CHECK(compute_mileage(rates_in(2010), {Vehicle::car, 100, 0, 0}).total.pence() == 4'000);
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

  TEST_CASE("miles and passengers are whole numbers in range") {
    CHECK(parse_miles(" 12 ") == 12);
    CHECK(parse_miles("0", "miles_before", 0) == 0);
    for (const char* bad : {"0", "-3", "12.5", "ten", "", "100001"}) {
      CAPTURE(bad);
      CHECK_THROWS_AS(parse_miles(bad), Error);
    }
    CHECK(parse_passengers("2") == 2);
    CHECK_THROWS_AS(parse_passengers("51"), Error);
  }

  TEST_CASE("vehicles parse by name, a van being a car") {
    CHECK(parse_vehicle("van") == Vehicle::car);
    CHECK(parse_vehicle("motorcycle") == Vehicle::motorcycle);
    try {
      parse_vehicle("bike");
      FAIL("expected an error");
    } catch (const Error& e) {
      CHECK(e.field() == "vehicle");
    }
  }
}
