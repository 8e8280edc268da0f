#include "clerk/expense/expense_tables.hpp"

#include "clerk/core/text.hpp"

namespace clerk::expense {
namespace {

using render::Cell;
using render::Kind;
using render::optional_cell;

}  // namespace

std::vector<render::Column> list_columns() {
  return {{"id", "ID", Kind::integer},
          {"date", "Date", Kind::date},
          {"claimant", "Claimant", Kind::text},
          {"category", "Category", Kind::text},
          {"description", "Description", Kind::text},
          {"amount", "Amount", Kind::money},
          {"vat", "VAT", Kind::money},
          {"budget", "Budget", Kind::text},
          {"status", "Status", Kind::text}};
}

std::vector<Cell> list_cells(const Claim& c) {
  return {c.id,     c.date, c.claimant, c.category,    c.description,
          c.amount, c.vat,  c.budget,   word(c.status)};
}

std::vector<render::Column> record_columns() {
  return {{"id", "ID", Kind::integer},
          {"claimant", "Claimant", Kind::text},
          {"date", "Date", Kind::date},
          {"category", "Category", Kind::text},
          {"description", "Description", Kind::text},
          {"amount", "Amount", Kind::money},
          {"vat", "VAT", Kind::money},
          {"receipt", "Receipt", Kind::text},
          {"budget", "Budget", Kind::text},
          {"status", "Status", Kind::text},
          {"vehicle", "Vehicle", Kind::text},
          {"miles", "Miles", Kind::decimal},
          {"passengers", "Passengers", Kind::integer},
          {"from", "From", Kind::text},
          {"to", "To", Kind::text},
          {"miles_before", "Car miles before", Kind::decimal},
          {"paid_by", "Miles paid by", Kind::text},
          {"submitted_on", "Submitted", Kind::date},
          {"decided_by", "Decided by", Kind::text},
          {"decided_on", "Decided", Kind::date},
          {"override", "Budget override", Kind::boolean},
          {"reason", "Rejected because", Kind::text},
          {"paid_on", "Paid", Kind::date},
          {"payment", "Payment run", Kind::integer},
          {"created_on", "Recorded", Kind::date}};
}

std::vector<Cell> record_cells(const Claim& c) {
  Cell vehicle, miles, passengers, before;
  if (c.vehicle) {
    vehicle = word(*c.vehicle);
    miles = miles_text(c.miles_tenths);
    passengers = int64_t(c.passengers);
    before = miles_text(c.miles_before_tenths);
  }
  return {c.id,
          c.claimant,
          c.date,
          c.category,
          c.description,
          c.amount,
          c.vat,
          optional_cell(c.receipt),
          c.budget,
          word(c.status),
          vehicle,
          miles,
          passengers,
          optional_cell(c.from),
          optional_cell(c.to),
          before,
          optional_cell(c.paid_by),
          optional_cell(c.submitted_on),
          optional_cell(c.decided_by),
          optional_cell(c.decided_on),
          c.override,
          optional_cell(c.reason),
          optional_cell(c.paid_on),
          c.payment_id ? Cell(*c.payment_id) : Cell(),
          c.created_on};
}

std::vector<render::Column> show_columns() {
  auto columns = record_columns();
  columns.push_back({"breakdown", "Mileage", Kind::text});
  return columns;
}

std::vector<Cell> show_cells(const Claim& c, const std::optional<MileageBreakdown>& breakdown) {
  auto cells = record_cells(c);
  cells.push_back(breakdown ? Cell(breakdown->describe()) : Cell());
  return cells;
}

render::Table payment_table(const PaymentBatch& batch, const std::vector<PaymentLine>& lines) {
  render::Table t;
  t.columns = {{"batch", "Batch", Kind::integer},      {"paid_on", "Paid", Kind::date},
               {"reference", "Reference", Kind::text}, {"claimant", "Claimant", Kind::text},
               {"name", "Name", Kind::text},           {"items", "Items", Kind::integer},
               {"item_ids", "Item ids", Kind::text},   {"total", "Total", Kind::money}};
  for (const auto& line : lines) {
    std::vector<std::string> ids;
    for (int64_t id : line.item_ids) ids.push_back(std::to_string(id));
    t.rows.push_back({batch.id ? Cell(batch.id) : Cell(), batch.paid_on,
                      optional_cell(batch.reference), line.claimant, line.name,
                      int64_t(line.item_ids.size()), text::join(ids, " "), line.total});
  }
  return t;
}

render::Table budget_table(const Period& year, Date today, const std::vector<BudgetLine>& lines,
                           const std::vector<int>& thresholds) {
  render::Table t;
  // A printed page too narrow for every column leaves out the forecast, then the committed
  // sums, before it would wrap the names into slivers (render::Column::drop).
  t.columns = {{"code", "Code", Kind::text},
               {"name", "Name", Kind::text},
               {"budget", "Budget", Kind::money},
               {"committed", "Committed", Kind::money, 1},
               {"spent", "Spent", Kind::money},
               {"remaining", "Remaining", Kind::money},
               {"used_percent", "Used", Kind::integer},
               {"forecast", "Forecast", Kind::money, 2},
               {"flag", "Warning", Kind::text}};
  for (const auto& l : lines) {
    auto remaining = l.remaining();
    auto pct = l.used_percent();
    t.rows.push_back({l.code, optional_cell(l.name), l.budget ? Cell(*l.budget) : Cell(),
                      l.committed, l.spent, remaining ? Cell(*remaining) : Cell(),
                      pct ? Cell(render::Percent{*pct}) : Cell(), l.forecast(year, today),
                      optional_cell(l.flag(thresholds))});
  }
  return t;
}

}  // namespace clerk::expense
