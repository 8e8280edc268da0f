#include "clerk/admin/holiday_tables.hpp"

#include <string>

namespace clerk::admin {

render::Table holiday_table(const std::vector<Holiday>& holidays) {
  using render::Kind;
  render::Table t;
  t.columns = {{"date", "Date", Kind::date},     {"weekday", "Day", Kind::text},
               {"title", "Holiday", Kind::text}, {"nation", "Nation", Kind::text},
               {"source", "Source", Kind::text}, {"provisional", "Provisional", Kind::boolean}};
  static const char* days[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  for (const auto& h : holidays)
    t.rows.push_back({h.date, std::string(days[h.date.weekday().c_encoding()]), h.title,
                      word(h.nation), h.source, h.provisional});
  return t;
}

}  // namespace clerk::admin
