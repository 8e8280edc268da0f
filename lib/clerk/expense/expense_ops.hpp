// The expense operations commands call: claims (add, mileage, edit, delete, list), the approval
// workflow, payment runs and budgets. Each validates, loads, applies the rules in claim.hpp,
// writes with its audit entries in one transaction, and returns what it did.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "clerk/expense/budget.hpp"
#include "clerk/expense/budget_store.hpp"
#include "clerk/expense/claim.hpp"
#include "clerk/expense/claim_store.hpp"
#include "clerk/expense/mileage.hpp"
#include "clerk/expense/payment.hpp"
#include "clerk/session/context.hpp"

namespace clerk::expense {

// The fields of an item as typed, each optional so one type serves add, mileage and edit.
struct ClaimInput {
  std::optional<std::string> claimant, date, category, amount, description, vat, receipt, budget;
  bool refund = false;  // a negative amount is meant
  // Mileage.
  std::optional<std::string> miles, vehicle, passengers, from, to, paid_by;
  bool return_journey = false;  // the miles are one way: count them twice
};

struct ClaimResult {
  Claim claim;
  std::optional<MileageBreakdown> breakdown;  // for mileage items
};

// The acting user, who must have the finance, manager or admin role to do `doing` (deciding on
// claims, paying them, setting budgets, importing); Error{not_permitted} otherwise.
people::Staff require_finance(Context& ctx, std::string_view doing);

// A receipted item, recorded as a draft.
ClaimResult add_claim(Context& ctx, const ClaimInput& input);
// A journey at HMRC's approved rates for its tax year, as a draft; with paid_by, miles another
// organisation paid for, recorded as paid at no cost so they count toward the threshold.
ClaimResult add_mileage(Context& ctx, const ClaimInput& input);
// Changes a draft or rejected item (a rejected one becomes a draft again); mileage is
// recomputed.
ClaimResult edit_claim(Context& ctx, int64_t id, const ClaimInput& input);
void delete_claim(Context& ctx, int64_t id);
// Error{missing} when there is no such item.
ClaimResult show_claim(Context& ctx, int64_t id);

struct ListInput {
  std::string claimant, status, category, budget, from, to, month;
};
// The filter `input` describes, every part checked (before any output starts).
ClaimFilter claim_filter(Context& ctx, const ListInput& input);
// Streams the matching items in date order (id order with filter.in_id_order).
void for_each_claim(Context& ctx, const ClaimFilter& filter,
                    const std::function<void(const Claim&)>& each);

std::vector<Claim> submit_claims(Context& ctx, const std::vector<int64_t>& ids);
// Every draft of `claimant` dated in `month` (2026-11).
std::vector<Claim> submit_month(Context& ctx, const std::string& claimant,
                                const std::string& month);
// Approves all of `ids` or none: see check_approver and check_budget.
std::vector<Claim> approve_claims(Context& ctx, const std::vector<int64_t>& ids, bool override);
Claim reject_claim(Context& ctx, int64_t id, const std::string& reason);

struct PaymentRun {
  PaymentBatch batch;
  std::vector<PaymentLine> lines;
};
// Pays every approved item dated up to `through` in one batch; a dry run changes nothing.
PaymentRun pay_claims(Context& ctx, const std::string& through, const std::string& reference,
                      bool dry_run);

// Sets (or changes) the budget for `code` in financial year `fy` ("2026").
Budget set_budget(Context& ctx, const std::string& code, const std::string& fy,
                  const std::string& amount, const std::optional<std::string>& name);
struct BudgetStatus {
  Period year;
  std::vector<BudgetLine> lines;
};
// Every code's position in financial year `fy` (default: the one containing today).
BudgetStatus budget_status(Context& ctx, const std::optional<std::string>& fy);

}  // namespace clerk::expense
