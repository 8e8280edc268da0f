#include "clerk/expense/expense_checks.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "clerk/core/error.hpp"
#include "clerk/expense/mileage.hpp"

namespace clerk::expense {

const EnumWords& enum_words(Severity) {
  static const EnumWords w{"severity", {"info", "warning", "error"}};
  return w;
}

Severity parse_fail_on(std::string_view text, std::string_view field) {
  // Every finding is at least info, so failing on info would fail every run with findings.
  auto severity = find_word<Severity>(text);
  if (severity && *severity != Severity::info) return *severity;
  throw not_one_of(text, field, {"warning", "error"});
}

ExpenseChecker::ExpenseChecker(const config::ExpenseChecks& settings,
                               std::vector<config::MileageRates> rate_table,
                               const HolidayCalendar& calendar, Nation nation,
                               std::map<int64_t, Approver> staff, Period period, Date today,
                               Sink sink)
    : settings_(settings),
      rates_(std::move(rate_table)),
      calendar_(calendar),
      nation_(nation),
      staff_(std::move(staff)),
      period_(std::move(period)),
      today_(today),
      sink_(std::move(sink)) {}

void ExpenseChecker::add(const CheckItem& item) {
  if (!day_.empty() &&
      (day_.front().claimant_id != item.claimant_id || day_.front().date != item.date))
    flush_day();
  // Items come in date order per claimant: the tax year is worked out only when one is left.
  if (item.claimant_id != claimant_ || !tax_year_.contains(item.date)) {
    tax_year_ = tax_year(tax_year_of(item.date));
    claimant_ = item.claimant_id;
    car_miles_ = 0;
  }
  int64_t before = car_miles_;
  // HMRC AMAP: every car or van business mile in the tax year counts toward the threshold,
  // miles another organisation paid for included.
  if (item.car) car_miles_ += item.miles_tenths;
  if (!period_.contains(item.date)) return;
  day_.push_back(item);
  miles_before_.push_back(before);
}

void ExpenseChecker::finish() { flush_day(); }

ExpenseFinding ExpenseChecker::finding(Severity severity, std::string check, const CheckItem& item,
                                       std::string detail) const {
  auto who = staff_.find(item.claimant_id);
  return {severity,         std::move(check), who == staff_.end() ? "" : who->second.login,
          item.date,        item.amount,      {item.id},
          std::move(detail)};
}

void ExpenseChecker::flush_day() {
  for (size_t i = 0; i < day_.size(); ++i) {
    check_item(day_[i]);
    if (day_[i].car && !day_[i].paid_elsewhere) check_mileage(day_[i], miles_before_[i]);
  }
  // Possible duplicates: the same claimant, date and amount more than once.
  std::vector<bool> reported(day_.size(), false);
  for (size_t i = 0; i < day_.size(); ++i) {
    if (reported[i] || day_[i].paid_elsewhere) continue;
    ExpenseFinding f = finding(Severity::warning, "duplicate", day_[i], "");
    for (size_t j = i + 1; j < day_.size(); ++j)
      if (!reported[j] && !day_[j].paid_elsewhere && day_[j].amount == day_[i].amount) {
        reported[j] = true;
        f.items.push_back(day_[j].id);
      }
    if (f.items.size() < 2) continue;
    f.detail = fmt::format("{} items of {} by the same claimant on the same day", f.items.size(),
                           f.amount.display());
    sink_(f);
  }
  checked_ += int64_t(day_.size());
  day_.clear();
  miles_before_.clear();
}

void ExpenseChecker::check_item(const CheckItem& item) {
  if (item.paid_elsewhere) return;  // a record of miles, not a claim on this office
  if (!item.mileage && !item.has_receipt && item.amount > settings_.receipt_above)
    sink_(finding(Severity::warning, "missing-receipt", item,
                  "no receipt for an item over " + settings_.receipt_above.display()));
  using expense::Status;
  if ((item.status == Status::approved || item.status == Status::paid) && item.decided_by != 0) {
    auto approver = staff_.find(item.decided_by);
    std::string login = approver == staff_.end() ? "?" : approver->second.login;
    if (item.decided_by == item.claimant_id)
      sink_(finding(Severity::error, "self-approval", item, "approved by its own claimant"));
    else if (approver != staff_.end() && item.amount > approver->second.approval_limit)
      sink_(finding(Severity::error, "over-limit", item,
                    "approved by " + login + ", whose limit is " +
                        approver->second.approval_limit.display()));
  }
  if (calendar_.is_holiday(item.date, nation_))
    sink_(finding(Severity::info, "bank-holiday", item, "dated on a bank holiday"));
  else if (item.date.is_weekend())
    sink_(finding(Severity::info, "weekend", item, "dated on a weekend"));
  int64_t round = settings_.round_sum.pence();
  if (!item.mileage && item.amount.pence() > 0 && item.amount.pence() % round == 0)
    sink_(finding(Severity::info, "round-sum", item,
                  "a whole multiple of " + settings_.round_sum.display()));
  int late = settings_.late_after_days;
  if (item.submitted_on && item.date.days_until(*item.submitted_on) > late)
    sink_(finding(Severity::warning, "late-submission", item,
                  fmt::format("submitted {} days after the spend (limit {})",
                              item.date.days_until(*item.submitted_on), late)));
  else if (item.status == Status::draft && item.date.days_until(today_) > late)
    sink_(finding(Severity::warning, "late-submission", item,
                  fmt::format("still a draft {} days after the spend (limit {})",
                              item.date.days_until(today_), late)));
}

// Works back from the amount to the tenths of a mile paid at the higher rate: amount = high ×
// car rate + (miles − high) × after rate + passenger miles × passenger rate, in tenths of a mile
// and tenths of a penny. The amount was rounded once to the penny, less than half a step, so
// the nearest whole number of tenths is the one paid.
void ExpenseChecker::check_mileage(const CheckItem& item, int64_t tenths_before) {
  const auto& r = expense::rates_for(rates_, tax_year_of(item.date));
  int64_t step = r.car_pence - r.car_after_pence;
  if (step <= 0) return;
  int64_t tenths = item.miles_tenths;
  int64_t base = tenths * r.car_after_pence + item.passengers * tenths * r.passenger_pence;
  int64_t over_base = item.amount.pence() * 10 - base;
  int64_t high = std::clamp<int64_t>(over_base < 0 ? 0 : (over_base + step / 2) / step, 0, tenths);
  int64_t allowed = std::clamp<int64_t>(int64_t(r.threshold_miles) * 10 - tenths_before, 0, tenths);
  if (high <= allowed) return;
  sink_(finding(Severity::error, "mileage-threshold", item,
                fmt::format("{} mi paid at {}p beyond mile {} of tax year {}-{:02} ({} mi before "
                            "this journey): {} overpaid",
                            expense::miles_text(high - allowed), r.car_pence, r.threshold_miles,
                            tax_year_of(item.date), (tax_year_of(item.date) + 1) % 100,
                            expense::miles_text(tenths_before),
                            Money::from_pence(((high - allowed) * step + 5) / 10).display())));
}

}  // namespace clerk::expense
