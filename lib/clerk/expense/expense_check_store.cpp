#include "clerk/expense/expense_check_store.hpp"

#include <algorithm>
#include <cstdint>
#include <map>
#include <string_view>
#include <tuple>

#include "clerk/db/connection.hpp"

namespace clerk::expense {
namespace {

// NOT INDEXED: a straight read of the table beats the spent_on index when the period holds
// most of it (each index entry costs a random table lookup).
constexpr const char* kItems = R"(
  SELECT id, claimant_id, spent_on, amount_pence, receipt IS NOT NULL, status, vehicle,
         CAST(round(miles * 10) AS INTEGER), passengers, paid_by IS NOT NULL, submitted_on, decided_by
  FROM expense NOT INDEXED
  WHERE spent_on >= :miles_from AND spent_on < :to AND status <> 'rejected'
    AND (spent_on >= :from OR vehicle = 'car'))";

int digits(const char* s, int n) {
  int v = 0;
  for (int i = 0; i < n; ++i) {
    if (s[i] < '0' || s[i] > '9') return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

// Stored dates are YYYY-MM-DD; parsed by hand because this runs a million times.
Date stored_date(const db::Value& column) {
  std::string_view text = column.view();
  const char* s = text.data();
  if (text.size() == 10 && s[4] == '-' && s[7] == '-') {
    int y = digits(s, 4), m = digits(s + 5, 2), d = digits(s + 8, 2);
    if (y > 0 && m > 0 && d > 0)
      if (auto date = Date::from_ymd(y, unsigned(m), unsigned(d))) return *date;
  }
  return Date::parse_iso(text, std::string("expense.") + std::string(column.name()));
}

// The order of `items` by (claimant, day, id) from one counting sort over (claimant, day): the
// scan yields ids in ascending order and a counting sort keeps that order within a key, so a
// million items sort in two linear passes, and only their indexes move.
std::vector<uint32_t> order_of(const std::vector<CheckItem>& items, bool ids_ascending) {
  std::vector<uint32_t> order(items.size());
  if (items.empty()) return order;
  std::map<int64_t, size_t> claimants;
  Date first = items.front().date, last = first;
  for (const auto& item : items) {
    claimants.emplace(item.claimant_id, 0);
    first = std::min(first, item.date);
    last = std::max(last, item.date);
  }
  size_t n = 0;
  for (auto& [id, index] : claimants) index = n++;
  size_t days = size_t(first.days_until(last)) + 1;
  std::vector<uint32_t> start(n * days + 1, 0);
  std::vector<uint32_t> keys(items.size());
  for (size_t i = 0; i < items.size(); ++i) {
    keys[i] =
        uint32_t(claimants[items[i].claimant_id] * days + size_t(first.days_until(items[i].date)));
    ++start[keys[i] + 1];
  }
  for (size_t k = 1; k < start.size(); ++k) start[k] += start[k - 1];
  for (size_t i = 0; i < items.size(); ++i) order[start[keys[i]]++] = uint32_t(i);
  if (!ids_ascending)
    std::stable_sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
      return std::tie(keys[a], items[a].id) < std::tie(keys[b], items[b].id);
    });
  return order;
}

}  // namespace

void for_each_check_item(db::Connection& db, const Period& period, Date miles_from,
                         const std::function<void(const CheckItem&)>& each) {
  std::vector<CheckItem> items;
  bool ids_ascending = true;
  {
    db::Statement q(db, kItems);
    q.bind(":miles_from", std::min(miles_from, period.from).iso());
    q.bind(":from", period.from.iso());
    q.bind(":to", period.to.iso());
    while (q.step()) {
      CheckItem& item = items.emplace_back();
      item.id = q.column(0).int64();
      if (items.size() > 1 && item.id < items[items.size() - 2].id) ids_ascending = false;
      item.claimant_id = q.column(1).int64();
      item.date = stored_date(q.column(2));
      item.amount = Money::from_pence(q.column(3).int64());
      item.has_receipt = q.column(4).as_int() != 0;
      item.status = parse_word<expense::Status>(q.column(5).view(), "expense.status");
      item.mileage = !q.column(6).is_null();
      item.car = item.mileage && q.column(6).view() == "car";
      item.miles_tenths = int32_t(q.column(7).int64());
      item.passengers = int16_t(q.column(8).as_int());
      item.paid_elsewhere = q.column(9).as_int() != 0;
      if (!q.column(10).is_null()) item.submitted_on = stored_date(q.column(10));
      item.decided_by = q.column(11).int64();
    }
  }
  for (uint32_t i : order_of(items, ids_ascending)) each(items[i]);
}

}  // namespace clerk::expense
