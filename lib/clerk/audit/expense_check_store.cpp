#include "clerk/audit/expense_check_store.hpp"

#include <SQLiteCpp/Statement.h>

#include "clerk/db/columns.hpp"

namespace clerk::audit {
namespace {

// Ordered by the expense_claimant index (claimant_id, spent_on), so it streams without a sort.
constexpr const char* kItems = R"(
  SELECT id, claimant_id, spent_on, amount_pence, receipt IS NOT NULL, status, vehicle, miles,
         passengers, paid_by IS NOT NULL, submitted_on, decided_by
  FROM expense
  WHERE spent_on >= :miles_from AND spent_on < :to AND status <> 'rejected'
    AND (spent_on >= :from OR vehicle = 'car')
  ORDER BY claimant_id, spent_on, id)";

}  // namespace

void for_each_check_item(SQLite::Database& db, const Period& period, Date miles_from,
                         const std::function<void(const CheckItem&)>& each) {
  SQLite::Statement q(db, kItems);
  q.bind(":miles_from", std::min(miles_from, period.from).iso());
  q.bind(":from", period.from.iso());
  q.bind(":to", period.to.iso());
  CheckItem item;
  std::string last_date;
  while (q.executeStep()) {
    item.id = q.getColumn(0).getInt64();
    item.claimant_id = q.getColumn(1).getInt64();
    // Items of a claimant come in date order: parse each distinct date once.
    const char* date = q.getColumn(2).getText();
    if (last_date != date) {
      last_date = date;
      item.date = Date::parse_iso(last_date, "expense.spent_on");
    }
    item.amount = Money::from_pence(q.getColumn(3).getInt64());
    item.has_receipt = q.getColumn(4).getInt() != 0;
    item.status = q.getColumn(5).getText();
    item.mileage = !q.getColumn(6).isNull();
    item.car = item.mileage && std::string_view(q.getColumn(6).getText()) == "car";
    item.miles = q.getColumn(7).getInt64();
    item.passengers = q.getColumn(8).getInt();
    item.paid_elsewhere = q.getColumn(9).getInt() != 0;
    item.submitted_on = db::optional_date(q.getColumn(10));
    item.decided_by = q.getColumn(11).getInt64();
    each(item);
  }
}

}  // namespace clerk::audit
