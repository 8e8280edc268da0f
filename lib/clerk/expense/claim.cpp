#include "clerk/expense/claim.hpp"

#include "clerk/core/error.hpp"
#include "clerk/core/period.hpp"
#include "clerk/core/text.hpp"

namespace clerk::expense {
namespace {

std::string item(const Claim& c) { return "expense " + std::to_string(c.id); }

Error refuse(const Claim& c, const std::string& why) {
  return Error(ErrorKind::bad_data, "its status is " + word(c.status) + "; " + why).record(item(c));
}

}  // namespace

const EnumWords& enum_words(Status) {
  static const EnumWords w{"status", {"draft", "submitted", "approved", "paid", "rejected"}};
  return w;
}

void require_transition(const Claim& c, Status to) {
  switch (to) {
    case Status::submitted:
      if (c.status == Status::rejected)
        throw refuse(c, "edit it to answer the rejection, then submit it again");
      if (c.status != Status::draft) throw refuse(c, "only a draft can be submitted");
      return;
    case Status::approved:
    case Status::rejected:
      if (c.status != Status::submitted)
        throw refuse(c, std::string("only a submitted item can be ") +
                            (to == Status::approved ? "approved" : "rejected"));
      return;
    case Status::paid:
      if (c.status != Status::approved) throw refuse(c, "only an approved item can be paid");
      return;
    case Status::draft:
      require_editable(c);
      return;
  }
}

void require_editable(const Claim& c) {
  if (c.status != Status::draft && c.status != Status::rejected)
    throw refuse(c, "only drafts and rejected items can be edited");
}

void require_deletable(const Claim& c) {
  if (c.status != Status::draft) throw refuse(c, "only drafts can be deleted");
}

void check_amounts(Money amount, Money vat, Money sanity_limit) {
  if (amount == Money())
    throw Error(ErrorKind::bad_data, "an item must be for more than £0.00").field("amount");
  Money size = amount < Money() ? Money() - amount : amount;
  if (size > sanity_limit)
    throw Error(ErrorKind::bad_data, amount.display() + " is over the limit of " +
                                         sanity_limit.display() +
                                         " for one item (expenses.sanity_limit)")
        .field("amount");
  if (vat > size)
    throw Error(ErrorKind::bad_data,
                "VAT of " + vat.display() + " is more than the amount, " + amount.display())
        .field("vat");
}

void check_not_future(Date date, Date today, std::string_view field) {
  if (today < date)
    throw Error(ErrorKind::bad_data,
                date.iso() + " is in the future (today is " + today.iso() + ")")
        .field(std::string(field));
}

std::string required_text(std::string_view value, std::string_view field) {
  std::string out(text::trim(value));
  if (out.empty()) throw Error(ErrorKind::bad_data, "cannot be empty").field(std::string(field));
  return out;
}

const config::ExpenseCategory& find_category(const config::Expenses& config,
                                             std::string_view name) {
  std::vector<std::string> names;
  for (const auto& c : config.categories) {
    if (c.name == name) return c;
    names.push_back(c.name);
  }
  throw Error(ErrorKind::bad_data, "'" + std::string(name) + "' is not an expense category; use " +
                                       text::join(names, ", "))
      .field("category")
      .suggest(text::near_misses(name, names));
}

std::string budget_code(std::string_view code, std::string_view field) {
  if (!config::valid_budget_code(code))
    throw Error(ErrorKind::bad_data, "'" + std::string(code) +
                                         "' is not a budget code (1-32 letters, digits, '.', "
                                         "'_' or '-')")
        .field(std::string(field));
  return text::upper(code);
}

bool is_finance_role(people::Role role) {
  return role == people::Role::finance || role == people::Role::manager ||
         role == people::Role::admin;
}

void check_approver(const people::Staff& approver, const Claim& c) {
  if (approver.id == c.claimant_id)
    throw Error(ErrorKind::not_permitted, "nobody may approve their own claim").record(item(c));
  if (!is_finance_role(approver.role))
    throw Error(ErrorKind::not_permitted, "approving needs the finance, manager or admin role; '" +
                                              approver.login + "' has the " + word(approver.role) +
                                              " role")
        .record(item(c));
  if (c.amount > approver.approval_limit)
    throw Error(ErrorKind::not_permitted, c.amount.display() + " is over " + approver.login +
                                              "'s approval limit of " +
                                              approver.approval_limit.display())
        .record(item(c));
}

bool needs_override(const std::optional<Money>& budget, Money used_after, bool require_budget) {
  return budget ? used_after > *budget : require_budget;
}

void check_budget(const people::Staff& approver, const Claim& c, const std::optional<Money>& budget,
                  Money used_after, bool override, bool require_budget) {
  if (!needs_override(budget, used_after, require_budget)) return;
  // Budget control: spending nobody has budgeted for is at least as much a manager's decision
  // as spending past a budget ([expenses] require_budget = false lifts it).
  std::string over =
      budget ? "approving it takes budget " + c.budget + " to " + used_after.display() + " of " +
                   budget->display()
             : "budget code " + (c.budget.empty() ? std::string("(none)") : c.budget) +
                   " has no budget for " + financial_year(financial_year_of(c.date)).label +
                   " (set one with `clerk expense budget set`)";
  if (!override)
    throw Error(ErrorKind::not_permitted, over + "; a manager may approve it with --override")
        .record(item(c));
  if (approver.role != people::Role::manager)
    throw Error(ErrorKind::not_permitted, over + "; only a manager may override, and '" +
                                              approver.login + "' has the " + word(approver.role) +
                                              " role")
        .record(item(c));
}

}  // namespace clerk::expense
