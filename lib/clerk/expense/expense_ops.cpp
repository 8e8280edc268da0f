#include "clerk/expense/expense_ops.hpp"

#include "clerk/core/error.hpp"
#include "clerk/core/text.hpp"
#include "clerk/expense/claim_visibility.hpp"
#include "clerk/people/staff_store.hpp"
#include "clerk/trail/write.hpp"

namespace clerk::expense {
namespace {

// A claimant is named by login; an unknown one is bad input (65), with near misses.
people::Staff staff_named(Context& ctx, std::string_view login, std::string_view field) {
  std::string key(text::trim(login));
  if (auto s = people::find_staff(ctx.db(), key)) return *s;
  throw Error(ErrorKind::bad_data, "no staff member with login '" + key + "'")
      .field(std::string(field))
      .suggest(text::near_misses(key, people::staff_logins(ctx.db())));
}

people::Staff acting_staff(Context& ctx) {
  if (auto s = people::find_staff(ctx.db(), ctx.user())) return *s;
  throw Error(ErrorKind::not_permitted, "'" + ctx.user() + "' is not staff").field("user");
}

// The item, when the acting member of staff may see it (claim_visibility.hpp).
Claim load(Context& ctx, int64_t id) {
  if (auto c = find_claim(ctx.db(), id)) {
    require_own(ctx, *c);
    return *c;
  }
  throw Error(ErrorKind::missing, "no expense item " + std::to_string(id)).field("id");
}

// The fields add, mileage and edit share. A new category brings its default budget code
// unless a budget is given too.
void apply_common(Context& ctx, Claim& c, const ClaimInput& in) {
  if (in.claimant) {
    people::Staff s = staff_named(ctx, *in.claimant, "claimant");
    require_may_act_for(ctx, s.id, "claiming for " + s.login);
    c.claimant_id = s.id;
    c.claimant = s.login;
  }
  if (in.date) {
    c.date = ctx.parse_past_date(*in.date, "date");
    check_not_future(c.date, ctx.today());
  }
  if (in.category) {
    const auto& category = find_category(ctx.config().expenses, text::trim(*in.category));
    c.category = category.name;
    if (!in.budget) c.budget = category.budget;
  }
  if (in.budget) c.budget = budget_code(text::trim(*in.budget));
  if (in.description) c.description = required_text(*in.description, "description");
  if (in.receipt) c.receipt = std::string(text::trim(*in.receipt));
}

void apply_money(Claim& c, const ClaimInput& in) {
  if (in.amount) c.amount = Money::parse(*in.amount, "amount", in.refund);
  if (in.vat) c.vat = Money::parse(*in.vat, "vat");
}

void apply_mileage(Claim& c, const ClaimInput& in) {
  if (in.vehicle) c.vehicle = parse_word<Vehicle>(text::trim(*in.vehicle));
  if (in.miles) {
    c.miles_tenths = parse_miles(*in.miles);
    if (in.return_journey) c.miles_tenths *= 2;
  }
  if (in.passengers) c.passengers = parse_passengers(*in.passengers);
  if (in.from) c.from = required_text(*in.from, "from");
  if (in.to) c.to = required_text(*in.to, "to");
}

// Computes a mileage item's amount at the rates of its tax year, counting the claimant's car
// miles already recorded in that year (the item's own excepted).
MileageBreakdown compute(Context& ctx, Claim& c) {
  int year = tax_year_of(c.date);
  c.miles_before_tenths = car_miles(ctx.db(), c.claimant_id, tax_year(year), c.id);
  auto table = rate_table(ctx.config().expenses.mileage_rates);
  auto breakdown = compute_mileage(
      rates_for(table, year), {*c.vehicle, c.miles_tenths, c.passengers, c.miles_before_tenths});
  c.amount = breakdown.total;
  c.vat = Money();
  check_amounts(c.amount, c.vat, ctx.config().expenses.sanity_limit);
  return breakdown;
}

void require_given(const std::optional<std::string>& value, std::string_view field) {
  if (!value) throw Error(ErrorKind::usage, "--" + std::string(field) + " is required");
}

std::optional<MileageBreakdown> breakdown_of(Context& ctx, const Claim& c) {
  if (!c.is_mileage() || !c.paid_by.empty()) return std::nullopt;
  int year = tax_year_of(c.date);
  auto table = rate_table(ctx.config().expenses.mileage_rates);
  return compute_mileage(rates_for(table, year),
                         {*c.vehicle, c.miles_tenths, c.passengers, c.miles_before_tenths});
}

}  // namespace

people::Staff require_finance(Context& ctx, std::string_view doing) {
  people::Staff me = acting_staff(ctx);
  if (!is_finance_role(me.role))
    throw Error(ErrorKind::not_permitted, std::string(doing) +
                                              " needs the finance, manager or admin role; '" +
                                              me.login + "' has the " + word(me.role) + " role");
  return me;
}

ClaimResult add_claim(Context& ctx, const ClaimInput& input) {
  for (auto [value, field] :
       {std::pair{&input.claimant, "claimant"}, std::pair{&input.date, "date"},
        std::pair{&input.category, "category"}, std::pair{&input.amount, "amount"},
        std::pair{&input.description, "description"}})
    require_given(*value, field);
  Claim c;
  c.created_on = ctx.today();
  apply_common(ctx, c, input);
  apply_money(c, input);
  check_amounts(c.amount, c.vat, ctx.config().expenses.sanity_limit);
  return trail::write(ctx.write_context(), [&](trail::Writer& w) {
    c.id = insert_claim(w.db(), c);
    w.inserted("expense", c.id);
    return ClaimResult{c, std::nullopt};
  });
}

ClaimResult add_mileage(Context& ctx, const ClaimInput& input) {
  require_given(input.claimant, "claimant");
  require_given(input.date, "date");
  require_given(input.miles, "miles");
  if (input.paid_by) {
    if (input.passengers || input.return_journey)
      throw Error(ErrorKind::usage, "miles paid elsewhere are recorded as a total")
          .field("paid-by");
  } else {
    require_given(input.from, "from");
    require_given(input.to, "to");
    require_given(input.description, "purpose");
  }
  Claim c;
  c.created_on = ctx.today();
  c.vehicle = Vehicle::car;
  ClaimInput common = input;
  common.category = "mileage";
  apply_common(ctx, c, common);
  apply_mileage(c, input);
  return trail::write(ctx.write_context(), [&](trail::Writer& w) {
    std::optional<MileageBreakdown> breakdown;
    if (input.paid_by) {
      // Another organisation has paid for these miles: they cost nothing here but count toward
      // the claimant's threshold (HMRC counts all of a person's business miles in the year).
      c.paid_by = required_text(*input.paid_by, "paid-by");
      if (c.description.empty()) c.description = "miles paid by " + c.paid_by;
      c.miles_before_tenths = car_miles(w.db(), c.claimant_id, tax_year(tax_year_of(c.date)), 0);
      c.status = Status::paid;
    } else {
      breakdown = compute(ctx, c);
    }
    c.id = insert_claim(w.db(), c);
    w.inserted("expense", c.id);
    return ClaimResult{c, breakdown};
  });
}

ClaimResult edit_claim(Context& ctx, int64_t id, const ClaimInput& input) {
  return trail::write(ctx.write_context(), [&](trail::Writer& w) {
    Claim c = load(ctx, id);
    require_editable(c);
    bool mileage_given = input.miles || input.vehicle || input.passengers || input.from ||
                         input.to || input.return_journey;
    if (c.is_mileage()) {
      if (input.amount || input.vat || input.refund)
        throw Error(ErrorKind::bad_data,
                    "a mileage item's amount is computed from its miles; change --miles")
            .field("amount")
            .record("expense " + std::to_string(id));
      if (input.category)
        throw Error(ErrorKind::bad_data, "a mileage item stays in the mileage category")
            .field("category")
            .record("expense " + std::to_string(id));
    } else if (mileage_given) {
      throw Error(ErrorKind::bad_data, "not a mileage item; it has no miles to change")
          .field("miles")
          .record("expense " + std::to_string(id));
    }
    auto before = w.before("expense", c.id);
    apply_common(ctx, c, input);
    std::optional<MileageBreakdown> breakdown;
    if (c.is_mileage()) {
      apply_mileage(c, input);
      breakdown = compute(ctx, c);
    } else {
      apply_money(c, input);
      check_amounts(c.amount, c.vat, ctx.config().expenses.sanity_limit);
    }
    // Editing answers a rejection: the item is a draft again, to be resubmitted.
    if (c.status == Status::rejected) c.status = Status::draft;
    update_claim(w.db(), c);
    w.updated(before, "edit");
    return ClaimResult{c, breakdown};
  });
}

void delete_claim(Context& ctx, int64_t id) {
  trail::write(ctx.write_context(), [&](trail::Writer& w) {
    Claim c = load(ctx, id);
    require_deletable(c);
    auto before = w.before("expense", id);
    delete_claim(w.db(), id);
    w.deleted(before);
  });
}

ClaimResult show_claim(Context& ctx, int64_t id) {
  Claim c = load(ctx, id);
  return {c, breakdown_of(ctx, c)};
}

ClaimFilter claim_filter(Context& ctx, const ListInput& in) {
  ClaimFilter f;
  if (!in.claimant.empty()) f.claimant_id = staff_named(ctx, in.claimant, "claimant").id;
  limit_to_own(ctx, f);
  if (!in.status.empty()) f.status = parse_word<Status>(text::trim(in.status));
  if (!in.category.empty())
    f.category = find_category(ctx.config().expenses, text::trim(in.category)).name;
  if (!in.budget.empty()) f.budget = budget_code(text::trim(in.budget));
  if (!in.month.empty()) {
    if (!in.from.empty() || !in.to.empty())
      throw Error(ErrorKind::usage, "give --month or --from/--to, not both").field("month");
    f.period = parse_month(text::trim(in.month), "month");
  } else if (!in.from.empty() || !in.to.empty()) {
    Date from = in.from.empty() ? *Date::from_ymd(1000, 1, 1) : ctx.parse_date(in.from, "from");
    Date to = in.to.empty() ? *Date::from_ymd(9999, 12, 31) : ctx.parse_date(in.to, "to");
    f.period = date_range(from, to);
  }
  return f;
}

void for_each_claim(Context& ctx, const ClaimFilter& filter,
                    const std::function<void(const Claim&)>& each) {
  for_each_claim(ctx.db(), filter, each);
}

std::vector<Claim> submit_claims(Context& ctx, const std::vector<int64_t>& ids) {
  return trail::write(ctx.write_context(), [&](trail::Writer& w) {
    std::vector<Claim> out;
    for (int64_t id : ids) {
      Claim c = load(ctx, id);
      require_transition(c, Status::submitted);
      auto before = w.before("expense", id);
      c.status = Status::submitted;
      c.submitted_on = ctx.today();
      c.decided_by_id = 0;
      c.decided_by.clear();
      c.decided_on.reset();
      c.reason.clear();
      update_claim(w.db(), c);
      w.updated(before, "submit");
      out.push_back(c);
    }
    return out;
  });
}

std::vector<Claim> submit_month(Context& ctx, const std::string& claimant,
                                const std::string& month) {
  people::Staff s = staff_named(ctx, claimant, "claimant");
  require_may_act_for(ctx, s.id, "submitting " + s.login + "'s expense items");
  Period period = parse_month(text::trim(month), "month");
  auto ids = draft_ids(ctx.db(), s.id, period);
  if (ids.empty()) return {};
  return submit_claims(ctx, ids);
}

std::vector<Claim> approve_claims(Context& ctx, const std::vector<int64_t>& ids, bool override) {
  return trail::write(ctx.write_context(), [&](trail::Writer& w) {
    people::Staff approver = acting_staff(ctx);
    std::vector<Claim> out;
    for (int64_t id : ids) {
      Claim c = load(ctx, id);
      require_transition(c, Status::approved);
      check_approver(approver, c);
      int fy = financial_year_of(c.date);
      std::optional<Money> budget;
      if (auto b = find_budget(w.db(), c.budget, fy)) budget = b->amount;
      // Items approved earlier in this same run are already counted: they are written.
      Money used_after = approved_and_paid(w.db(), c.budget, financial_year(fy)) + c.amount;
      const bool require_budget = ctx.config().expenses.require_budget;
      check_budget(approver, c, budget, used_after, override, require_budget);
      auto before = w.before("expense", id);
      c.status = Status::approved;
      c.decided_by_id = approver.id;
      c.decided_by = approver.login;
      c.decided_on = ctx.today();
      c.override = needs_override(budget, used_after, require_budget);
      update_claim(w.db(), c);
      w.updated(before, c.override ? "approve-override" : "approve");
      out.push_back(c);
    }
    return out;
  });
}

Claim reject_claim(Context& ctx, int64_t id, const std::string& reason) {
  std::string why = required_text(reason, "reason");
  return trail::write(ctx.write_context(), [&](trail::Writer& w) {
    people::Staff me = require_finance(ctx, "rejecting a claim");
    Claim c = load(ctx, id);
    require_transition(c, Status::rejected);
    auto before = w.before("expense", id);
    c.status = Status::rejected;
    c.decided_by_id = me.id;
    c.decided_by = me.login;
    c.decided_on = ctx.today();
    c.reason = why;
    update_claim(w.db(), c);
    w.updated(before, "reject");
    return c;
  });
}

PaymentRun pay_claims(Context& ctx, const std::string& through, const std::string& reference,
                      bool dry_run) {
  PaymentRun run;
  run.batch.through = ctx.parse_date(through, "through");
  run.batch.paid_on = ctx.today();
  run.batch.reference = std::string(text::trim(reference));
  // The run's items and totals as the database holds them now.
  auto fill = [&](db::Connection& db) {
    std::vector<Claim> claims = approved_through(db, run.batch.through);
    run.batch.total = Money();
    for (const auto& c : claims) run.batch.total += c.amount;
    run.batch.items = int64_t(claims.size());
    run.lines = payment_lines(claims);
    for (auto& line : run.lines)
      if (auto s = people::find_staff(db, line.claimant)) line.name = s->name;
    return claims;
  };
  require_finance(ctx, "paying claims");
  if (fill(ctx.db()).empty() || dry_run) return run;
  return trail::write(ctx.write_context(), [&](trail::Writer& w) {
    // Read again inside the transaction: another run may have paid some meanwhile.
    std::vector<Claim> claims = fill(w.db());
    if (claims.empty())
      throw Error(ErrorKind::bad_data, "another payment run has just paid these items")
          .field("through");
    run.batch.id = insert_payment(w.db(), run.batch);
    w.inserted("expense_payment", run.batch.id, "pay");
    for (Claim& c : claims) {
      require_transition(c, Status::paid);
      auto before = w.before("expense", c.id);
      c.status = Status::paid;
      c.paid_on = run.batch.paid_on;
      c.payment_id = run.batch.id;
      update_claim(w.db(), c);
      w.updated(before, "pay");
    }
    return run;
  });
}

Budget set_budget(Context& ctx, const std::string& code, const std::string& fy,
                  const std::string& amount, const std::optional<std::string>& name) {
  Budget b;
  b.code = budget_code(text::trim(code), "code");
  b.fy = parse_financial_year(text::trim(fy), "fy").from.year();
  b.amount = Money::parse(amount, "amount");
  return trail::write(ctx.write_context(), [&](trail::Writer& w) {
    require_finance(ctx, "setting a budget");
    if (auto existing = find_budget(w.db(), b.code, b.fy)) {
      b.id = existing->id;
      b.name = name ? std::string(text::trim(*name)) : existing->name;
      auto before = w.before("expense_budget", b.id);
      update_budget(w.db(), b);
      w.updated(before, "set");
    } else {
      if (name) b.name = std::string(text::trim(*name));
      b.id = insert_budget(w.db(), b);
      w.inserted("expense_budget", b.id);
    }
    return b;
  });
}

BudgetStatus budget_status(Context& ctx, const std::optional<std::string>& fy) {
  int year =
      fy ? parse_financial_year(text::trim(*fy), "fy").from.year() : financial_year_of(ctx.today());
  return {financial_year(year), budget_lines(ctx.db(), year)};
}

}  // namespace clerk::expense
