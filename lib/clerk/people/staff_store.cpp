#include "clerk/people/staff_store.hpp"

#include <SQLiteCpp/Statement.h>

namespace clerk::people {

const db::RecordSpec<Staff>& staff_record() {
  using db::field, db::Transfer, db::EmptyText;
  static const db::RecordSpec<Staff> spec(
      "staff", "s",
      {field<&Staff::id>("id", Transfer::not_carried), field<&Staff::login>("login"),
       field<&Staff::name>("name"),
       field<&Staff::email>("email", Transfer::carried, EmptyText::null),
       field<&Staff::role>("role"), field<&Staff::approval_limit>("approval_limit_pence"),
       field<&Staff::active>("active"), field<&Staff::created_on>("created_on"),
       field<&Staff::retired_on>("retired_on")});
  return spec;
}

namespace {

Staff from_row(SQLite::Statement& q) { return staff_record().from_row(q); }

}  // namespace

int64_t staff_count(SQLite::Database& db) {
  return db.execAndGet("SELECT count(*) FROM staff").getInt64();
}

int64_t count_active_admins(SQLite::Database& db) {
  return db.execAndGet("SELECT count(*) FROM staff WHERE role = 'admin' AND active = 1").getInt64();
}

std::optional<Staff> find_staff(SQLite::Database& db, std::string_view login) {
  SQLite::Statement q(db,
                      "SELECT " + staff_record().select_list() + " FROM staff s WHERE login = ?");
  q.bind(1, std::string(login));
  if (!q.executeStep()) return std::nullopt;
  return from_row(q);
}

std::vector<Staff> list_staff(SQLite::Database& db, bool include_retired) {
  SQLite::Statement q(db, "SELECT " + staff_record().select_list() + " FROM staff s" +
                              (include_retired ? "" : " WHERE active = 1") + " ORDER BY login");
  std::vector<Staff> out;
  while (q.executeStep()) out.push_back(from_row(q));
  return out;
}

std::vector<std::string> staff_logins(SQLite::Database& db) {
  SQLite::Statement q(db, "SELECT login FROM staff WHERE active = 1 ORDER BY login");
  std::vector<std::string> out;
  while (q.executeStep()) out.push_back(q.getColumn(0).getString());
  return out;
}

int64_t insert_staff(SQLite::Database& db, const Staff& s) { return staff_record().insert(db, s); }

void update_staff(SQLite::Database& db, const Staff& s) { staff_record().update(db, s); }

std::string staff_login(SQLite::Database& db, std::optional<int64_t> id) {
  if (!id) return "";
  SQLite::Statement q(db, "SELECT login FROM staff WHERE id = ?");
  q.bind(1, *id);
  return q.executeStep() ? q.getColumn(0).getString() : std::string();
}

}  // namespace clerk::people
