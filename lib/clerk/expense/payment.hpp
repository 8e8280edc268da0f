// Payment runs: the approved items one `expense pay` pays, totalled per claimant for the
// finance system. Pure.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "clerk/core/date.hpp"
#include "clerk/core/money.hpp"
#include "clerk/expense/claim.hpp"

namespace clerk::expense {

struct PaymentBatch {
  int64_t id = 0;  // 0 for a dry run
  Date paid_on;
  Date through;
  std::string reference;
  int64_t items = 0;
  Money total;
};

// One claimant's share of a batch: what the finance system pays them.
struct PaymentLine {
  std::string claimant;
  std::string name;  // filled in by the caller, which knows the staff
  std::vector<int64_t> item_ids;
  Money total;
};

// Totals `claims` (in any order) per claimant, in claimant login order, item ids ascending.
std::vector<PaymentLine> payment_lines(const std::vector<Claim>& claims);

}  // namespace clerk::expense
