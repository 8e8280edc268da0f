#include "clerk/expense/claim_record.hpp"

#include <cmath>

namespace clerk::expense {
namespace {

using db::Field, db::StoredValue, db::ValueKind, db::Transfer;

// Miles are stored as miles: whole miles as an INTEGER, as every row was before claims took a
// decimal place, and 7.5 as a REAL (the column's INTEGER affinity keeps a REAL that is not
// whole), so rows written before keep their values and their audited hashes. A tenth is read
// back exactly by rounding. Items that are not mileage store no miles at all (NULL).
StoredValue stored_miles(const Claim& c, int64_t tenths) {
  if (!c.vehicle) return {};
  if (tenths % 10 == 0) return tenths / 10;
  return double(tenths) / 10;
}

int64_t tenths_of(const db::Value& column) {
  if (column.is_null()) return 0;
  if (column.type() == db::ValueType::integer) return column.int64() * 10;
  return std::llround(column.real() * 10);
}

// Both mileage counts are stored alike.
template <int64_t Claim::*Member>
Field<Claim> miles_field(std::string_view column) {
  return {column,
          ValueKind::decimal,
          Transfer::not_carried,
          [](const Claim& c) { return stored_miles(c, c.*Member); },
          [](Claim& c, const db::Value& v) { c.*Member = tenths_of(v); },
          nullptr};
}

}  // namespace

const db::RecordSpec<Claim>& claim_record() {
  using db::field, db::EmptyText;
  constexpr auto local = Transfer::not_carried;  // see claim_record.hpp
  constexpr auto null = EmptyText::null;
  static const db::RecordSpec<Claim> spec(
      "expense", "e",
      {field<&Claim::id>("id", local),
       field<&Claim::claimant_id>("claimant_id", local),
       field<&Claim::date>("spent_on", local),
       field<&Claim::category>("category", local),
       field<&Claim::description>("description", local),
       field<&Claim::amount>("amount_pence", local),
       field<&Claim::vat>("vat_pence", local),
       field<&Claim::receipt>("receipt", local, null),
       field<&Claim::budget>("budget_code", local),
       field<&Claim::status>("status", local),
       field<&Claim::vehicle>("vehicle", local),
       miles_field<&Claim::miles_tenths>("miles"),
       // Mileage items only, like the miles.
       {"passengers", ValueKind::integer, local,
        [](const Claim& c) {
          return c.vehicle ? StoredValue(int64_t(c.passengers)) : StoredValue();
        },
        [](Claim& c, const db::Value& v) { c.passengers = v.as_int(); }, nullptr},
       field<&Claim::from>("from_place", local, null),
       field<&Claim::to>("to_place", local, null),
       miles_field<&Claim::miles_before_tenths>("miles_before"),
       field<&Claim::paid_by>("paid_by", local, null),
       field<&Claim::submitted_on>("submitted_on", local),
       db::zero_or_id_field<&Claim::decided_by_id>("decided_by", local),
       field<&Claim::decided_on>("decided_on", local),
       field<&Claim::override>("override", local),
       field<&Claim::reason>("reason", local, null),
       field<&Claim::paid_on>("paid_on", local),
       field<&Claim::payment_id>("payment_id", local),
       field<&Claim::created_on>("created_on", local)});
  return spec;
}

}  // namespace clerk::expense
