#include "clerk/people/staff_store.hpp"

#include <SQLiteCpp/Statement.h>

namespace clerk::people {
namespace {

constexpr const char* kColumns =
    "id, login, name, email, role, approval_limit_pence, active, created_on, retired_on";

Staff from_row(SQLite::Statement& q) {
  Staff s;
  s.id = q.getColumn(0).getInt64();
  s.login = q.getColumn(1).getString();
  s.name = q.getColumn(2).getString();
  s.email = q.getColumn(3).getString();
  s.role = parse_word<Role>(q.getColumn(4).getString());
  s.approval_limit = Money::from_pence(q.getColumn(5).getInt64());
  s.active = q.getColumn(6).getInt() != 0;
  s.created_on = Date::parse_iso(q.getColumn(7).getString(), "staff.created_on");
  if (!q.getColumn(8).isNull())
    s.retired_on = Date::parse_iso(q.getColumn(8).getString(), "staff.retired_on");
  return s;
}

void bind_fields(SQLite::Statement& q, const Staff& s) {
  q.bind(":login", s.login);
  q.bind(":name", s.name);
  if (s.email.empty())
    q.bind(":email");
  else
    q.bind(":email", s.email);
  q.bind(":role", word(s.role));
  q.bind(":limit", s.approval_limit.pence());
  q.bind(":active", s.active ? 1 : 0);
  q.bind(":created", s.created_on.iso());
  if (s.retired_on)
    q.bind(":retired", s.retired_on->iso());
  else
    q.bind(":retired");
}

}  // namespace

int64_t staff_count(SQLite::Database& db) {
  return db.execAndGet("SELECT count(*) FROM staff").getInt64();
}

int64_t count_active_admins(SQLite::Database& db) {
  return db.execAndGet("SELECT count(*) FROM staff WHERE role = 'admin' AND active = 1").getInt64();
}

std::optional<Staff> find_staff(SQLite::Database& db, std::string_view login) {
  SQLite::Statement q(db, std::string("SELECT ") + kColumns + " FROM staff WHERE login = ?");
  q.bind(1, std::string(login));
  if (!q.executeStep()) return std::nullopt;
  return from_row(q);
}

std::vector<Staff> list_staff(SQLite::Database& db, bool include_retired) {
  SQLite::Statement q(db, std::string("SELECT ") + kColumns + " FROM staff" +
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

int64_t insert_staff(SQLite::Database& db, const Staff& s) {
  SQLite::Statement q(db, R"(
    INSERT INTO staff (login, name, email, role, approval_limit_pence, active, created_on, retired_on)
    VALUES (:login, :name, :email, :role, :limit, :active, :created, :retired))");
  bind_fields(q, s);
  q.exec();
  return db.getLastInsertRowid();
}

void update_staff(SQLite::Database& db, const Staff& s) {
  SQLite::Statement q(db, R"(
    UPDATE staff SET login = :login, name = :name, email = :email, role = :role,
                     approval_limit_pence = :limit, active = :active, created_on = :created,
                     retired_on = :retired
    WHERE id = :id)");
  bind_fields(q, s);
  q.bind(":id", s.id);
  q.exec();
}

}  // namespace clerk::people
