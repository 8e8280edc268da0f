#include "clerk/admin/holiday_ops.hpp"

#include <map>
#include <set>

#include <fmt/format.h>

#include "clerk/calendar/holiday_store.hpp"
#include "clerk/core/error.hpp"
#include "clerk/core/sha256.hpp"
#include "clerk/people/staff_ops.hpp"
#include "clerk/trail/write.hpp"

namespace clerk::admin {

ImportSummary import_holidays(Context& ctx, std::string_view json_text, std::string_view source) {
  // Check the whole file before writing anything.
  std::vector<Holiday> days = parse_official_holidays(json_text, source);
  if (days.empty())
    throw Error(ErrorKind::bad_data, "the file lists no holidays").source(std::string(source));
  std::set<std::pair<Nation, int>> covered;
  for (const auto& h : days) covered.insert({h.nation, h.date.year()});

  return trail::write(ctx.write_context(), [&](trail::Writer& w) {
    people::require_admin(ctx, "importing bank holidays");
    ImportSummary summary;
    for (const auto& [nation, year] : covered) {
      for (int64_t id : calendar::imported_holiday_ids(w.db(), nation, year)) {
        auto before = w.before("holiday", id);
        calendar::delete_holiday(w.db(), id);
        w.deleted(before, "replace");
        ++summary.replaced;
      }
    }
    std::vector<int64_t> ids;
    for (const auto& h : days) ids.push_back(calendar::insert_holiday(w.db(), h));
    summary.imported = int64_t(ids.size());
    summary.first_year = covered.begin()->second;
    summary.last_year = covered.begin()->second;
    for (const auto& c : covered) {
      summary.first_year = std::min(summary.first_year, c.second);
      summary.last_year = std::max(summary.last_year, c.second);
    }
    w.batch("holiday", ids.front(), ids.back(), "import",
            fmt::format(R"({{"rows":{},"replaced":{},"input_sha256":"{}"}})", summary.imported,
                        summary.replaced, sha256_hex(json_text)));
    return summary;
  });
}

std::vector<Holiday> holidays_in_force(Context& ctx, std::optional<Nation> nation, Date from,
                                       Date to) {
  return ctx.calendar().list(nation.value_or(ctx.config().holidays.nation), from, to);
}

}  // namespace clerk::admin
