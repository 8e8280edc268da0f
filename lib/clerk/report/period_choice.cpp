#include "clerk/report/period_choice.hpp"

#include "clerk/core/error.hpp"

namespace clerk::report {

Period resolve_period(Context& ctx, const PeriodChoice& choice, const Period& fallback) {
  const int forms = (choice.month ? 1 : 0) + (choice.quarter ? 1 : 0) + (choice.fy ? 1 : 0) +
                    (choice.period ? 1 : 0) + (choice.from || choice.to ? 1 : 0);
  if (forms > 1)
    throw Error(ErrorKind::usage, "give one of --month, --quarter, --fy, --period or --from/--to")
        .field("period");
  if (choice.month) return parse_month(*choice.month, "month");
  if (choice.quarter) return parse_quarter(*choice.quarter, "quarter");
  if (choice.fy) return parse_financial_year(*choice.fy, "fy");
  if (choice.period) return parse_period(*choice.period, "period", ctx.today());
  if (!choice.from && !choice.to) return fallback;
  if (!choice.to) return date_range(ctx.parse_date(*choice.from, "from"), ctx.today());
  Date to = ctx.parse_date(*choice.to, "to");
  Date from = choice.from ? ctx.parse_date(*choice.from, "from")
                          : financial_year(financial_year_of(to)).from;
  return date_range(from, to);
}

}  // namespace clerk::report
