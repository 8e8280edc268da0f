#include "clerk/people/staff_store.hpp"

#include "clerk/db/connection.hpp"

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
       field<&Staff::retired_on>("retired_on"),
       field<&Staff::db_role>("db_role", Transfer::carried, EmptyText::null)});
  return spec;
}

namespace {

Staff from_row(db::Statement& q) { return staff_record().from_row(q); }

}  // namespace

int64_t staff_count(db::Connection& db) { return db.query_int("SELECT count(*) FROM staff"); }

int64_t count_active_admins(db::Connection& db) {
  return db.query_int("SELECT count(*) FROM staff WHERE role = 'admin' AND active = 1");
}

std::optional<Staff> find_staff(db::Connection& db, std::string_view login) {
  db::Statement q(db, "SELECT " + staff_record().select_list() + " FROM staff s WHERE login = ?");
  q.bind(1, std::string(login));
  if (!q.step()) return std::nullopt;
  return from_row(q);
}

std::optional<Staff> find_staff_by_db_role(db::Connection& db, std::string_view role) {
  db::Statement q(db, "SELECT " + staff_record().select_list() +
                          " FROM staff s WHERE db_role = :role OR (db_role IS NULL AND login = "
                          ":role) ORDER BY db_role IS NULL LIMIT 1");
  q.bind(":role", std::string(role));
  if (!q.step()) return std::nullopt;
  return from_row(q);
}

std::vector<Staff> list_staff(db::Connection& db, bool include_retired) {
  db::Statement q(db, "SELECT " + staff_record().select_list() + " FROM staff s" +
                          (include_retired ? "" : " WHERE active = 1") + " ORDER BY login");
  std::vector<Staff> out;
  while (q.step()) out.push_back(from_row(q));
  return out;
}

std::vector<std::string> staff_logins(db::Connection& db) {
  db::Statement q(db, "SELECT login FROM staff WHERE active = 1 ORDER BY login");
  std::vector<std::string> out;
  while (q.step()) out.push_back(q.column(0).text());
  return out;
}

int64_t insert_staff(db::Connection& db, const Staff& s) { return staff_record().insert(db, s); }

void update_staff(db::Connection& db, const Staff& s) { staff_record().update(db, s); }

std::string staff_login(db::Connection& db, std::optional<int64_t> id) {
  if (!id) return "";
  db::Statement q(db, "SELECT login FROM staff WHERE id = ?");
  q.bind(1, *id);
  return q.step() ? q.column(0).text() : std::string();
}

}  // namespace clerk::people
