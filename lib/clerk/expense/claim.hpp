// Expense claim items: their states and the rules about them — which state changes are legal,
// what an amount may be, and who may approve what (separation of duties).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "clerk/config/config.hpp"
#include "clerk/core/date.hpp"
#include "clerk/core/money.hpp"
#include "clerk/core/word_enum.hpp"
#include "clerk/expense/mileage.hpp"
#include "clerk/people/staff.hpp"

namespace clerk::expense {

// draft → submitted → approved → paid, or submitted → rejected → (edited) draft → submitted.
enum class Status { draft, submitted, approved, paid, rejected };
const EnumWords& enum_words(Status);

struct Claim {
  int64_t id = 0;
  int64_t claimant_id = 0;
  std::string claimant;  // login
  Date date;
  std::string category;
  std::string description;  // for mileage, the journey's purpose
  Money amount;             // gross, VAT included; negative for a refund
  Money vat;
  std::string receipt;
  std::string budget;  // budget code
  Status status = Status::draft;
  // Mileage items only.
  std::optional<Vehicle> vehicle;
  int64_t miles_tenths = 0;  // to one decimal place: 75 is 7.5 miles
  int passengers = 0;
  std::string from, to;
  int64_t miles_before_tenths = 0;  // car miles already counted in the tax year when computed
  std::string paid_by;              // another organisation paid for these miles
  // Workflow.
  std::optional<Date> submitted_on;
  int64_t decided_by_id = 0;  // who approved or rejected it (0: nobody yet)
  std::string decided_by;     // their login
  std::optional<Date> decided_on;
  bool override = false;  // approved past its budget by a manager
  std::string reason;     // why it was rejected
  std::optional<Date> paid_on;
  std::optional<int64_t> payment_id;
  Date created_on;

  bool is_mileage() const { return vehicle.has_value(); }
};

// Error{bad_data} (exit 65) naming the item unless `claim` may move to `to`: submit a draft,
// approve or reject a submitted item, pay an approved one, reopen (edit) a rejected one.
void require_transition(const Claim& claim, Status to);
// Error{bad_data} unless `claim` may be changed by `expense edit` (drafts and rejected items).
void require_editable(const Claim& claim);
// Error{bad_data} unless `claim` may be deleted (drafts only).
void require_deletable(const Claim& claim);

// Error{bad_data} naming the field: an amount of zero, one beyond the sanity limit either way,
// VAT more than the amount. (Negative amounts are refused earlier, at parsing, unless a refund.)
void check_amounts(Money amount, Money vat, Money sanity_limit);
// Error{bad_data} naming `field` when `date` is after `today`.
void check_not_future(Date date, Date today, std::string_view field = "date");

// `value` trimmed; Error{bad_data} naming `field` when that leaves nothing.
std::string required_text(std::string_view value, std::string_view field);

// The configured category called `name`; Error{bad_data} naming "category" with near misses.
const config::ExpenseCategory& find_category(const config::Expenses& config, std::string_view name);
// `code` upper-cased; Error{bad_data} naming `field` unless it is a valid budget code.
std::string budget_code(std::string_view code, std::string_view field = "budget");

// The roles that may approve or reject claims, pay them and set budgets.
bool is_finance_role(people::Role role);
// Separation of duties, each refusal Error{not_permitted} (exit 77) saying why: nobody approves
// their own claim; the approver needs the finance, manager or admin role; the item must be
// within their approval limit.
void check_approver(const people::Staff& approver, const Claim& claim);
// Approving past 100% of the budget needs --override, and only a manager may give it.
// `used_after` is the budget's approved and paid total with this item. No budget for the code in
// the item's financial year needs the same override unless `require_budget` is false.
void check_budget(const people::Staff& approver, const Claim& claim,
                  const std::optional<Money>& budget, Money used_after, bool override,
                  bool require_budget = true);
// Whether approving needs the override check_budget asks for: over the budget, or no budget.
bool needs_override(const std::optional<Money>& budget, Money used_after, bool require_budget);

}  // namespace clerk::expense
