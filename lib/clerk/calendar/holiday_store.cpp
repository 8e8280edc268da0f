#include "clerk/calendar/holiday_store.hpp"

#include "clerk/db/connection.hpp"

namespace clerk::calendar {

std::vector<Holiday> load_imported_holidays(db::Connection& db) {
  std::vector<Holiday> out;
  db::Statement q(db, "SELECT nation, date, title FROM holiday ORDER BY date, nation");
  while (q.step()) {
    auto nation = find_word<Nation>(q.column(0).text());
    auto date = Date::try_parse_iso(q.column(1).text());
    if (nation && date) out.push_back({*date, q.column(2).text(), *nation, false, "imported"});
  }
  return out;
}

std::vector<int64_t> imported_holiday_ids(db::Connection& db, Nation nation, int year) {
  db::Statement q(db, "SELECT id FROM holiday WHERE nation = ? AND date LIKE ? ORDER BY id");
  q.bind(1, word(nation));
  q.bind(2, std::to_string(year) + "-%");
  std::vector<int64_t> out;
  while (q.step()) out.push_back(q.column(0).int64());
  return out;
}

int64_t insert_holiday(db::Connection& db, const Holiday& h) {
  db::Statement q(db, "INSERT INTO holiday (nation, date, title) VALUES (?, ?, ?)");
  q.bind(1, word(h.nation));
  q.bind(2, h.date.iso());
  q.bind(3, h.title);
  q.exec();
  return db.last_insert_id();
}

void delete_holiday(db::Connection& db, int64_t id) {
  db::Statement q(db, "DELETE FROM holiday WHERE id = ?");
  q.bind(1, id);
  q.exec();
}

}  // namespace clerk::calendar
