#include "clerk/people/staff_tables.hpp"

namespace clerk::people {

render::Table staff_table(const std::vector<Staff>& staff) {
  using render::Kind;
  render::Table t;
  t.columns = {{"login", "Login", Kind::text},
               {"name", "Name", Kind::text},
               {"email", "Email", Kind::text},
               {"role", "Role", Kind::text},
               {"approval_limit", "Approval limit", Kind::money},
               {"active", "Active", Kind::boolean},
               {"created_on", "Since", Kind::date},
               {"retired_on", "Retired", Kind::date}};
  for (const auto& s : staff) {
    render::Cell retired = s.retired_on ? render::Cell(*s.retired_on) : render::Cell();
    t.rows.push_back({s.login, s.name, s.email, word(s.role), s.approval_limit, s.active,
                      s.created_on, retired});
  }
  return t;
}

}  // namespace clerk::people
