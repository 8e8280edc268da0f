#include "clerk/calendar/holiday_store.hpp"

#include <SQLiteCpp/Statement.h>

namespace clerk::calendar {

std::vector<Holiday> load_imported_holidays(SQLite::Database& db) {
  std::vector<Holiday> out;
  SQLite::Statement q(db, "SELECT nation, date, title FROM holiday ORDER BY date, nation");
  while (q.executeStep()) {
    auto nation = find_word<Nation>(q.getColumn(0).getString());
    auto date = Date::try_parse_iso(q.getColumn(1).getString());
    if (nation && date)
      out.push_back({*date, q.getColumn(2).getString(), *nation, false, "imported"});
  }
  return out;
}

std::vector<int64_t> imported_holiday_ids(SQLite::Database& db, Nation nation, int year) {
  SQLite::Statement q(db, "SELECT id FROM holiday WHERE nation = ? AND date LIKE ? ORDER BY id");
  q.bind(1, word(nation));
  q.bind(2, std::to_string(year) + "-%");
  std::vector<int64_t> out;
  while (q.executeStep()) out.push_back(q.getColumn(0).getInt64());
  return out;
}

int64_t insert_holiday(SQLite::Database& db, const Holiday& h) {
  SQLite::Statement q(db, "INSERT INTO holiday (nation, date, title) VALUES (?, ?, ?)");
  q.bind(1, word(h.nation));
  q.bind(2, h.date.iso());
  q.bind(3, h.title);
  q.exec();
  return db.getLastInsertRowid();
}

void delete_holiday(SQLite::Database& db, int64_t id) {
  SQLite::Statement q(db, "DELETE FROM holiday WHERE id = ?");
  q.bind(1, id);
  q.exec();
}

}  // namespace clerk::calendar
