#include "clerk/expense/payment.hpp"

#include <algorithm>
#include <map>

namespace clerk::expense {

std::vector<PaymentLine> payment_lines(const std::vector<Claim>& claims) {
  std::map<std::string, PaymentLine> by_claimant;
  for (const auto& c : claims) {
    PaymentLine& line = by_claimant[c.claimant];
    line.claimant = c.claimant;
    line.item_ids.push_back(c.id);
    line.total += c.amount;
  }
  std::vector<PaymentLine> out;
  for (auto& [login, line] : by_claimant) {
    std::sort(line.item_ids.begin(), line.item_ids.end());
    out.push_back(std::move(line));
  }
  return out;
}

}  // namespace clerk::expense
