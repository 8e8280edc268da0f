#include "clerk/people/contact_tables.hpp"

#include <string>

namespace clerk::people {

std::vector<render::Column> contact_columns() {
  using render::Kind;
  return {{"id", "ID", Kind::integer},        {"kind", "Kind", Kind::text},
          {"name", "Name", Kind::text},       {"organisation", "Organisation", Kind::text},
          {"address", "Address", Kind::text}, {"email", "Email", Kind::text},
          {"phone", "Phone", Kind::text},     {"notes", "Notes", Kind::text},
          {"created_on", "Added", Kind::date}};
}

std::vector<render::Cell> contact_cells(const Contact& c) {
  auto opt = [](const std::string& s) { return s.empty() ? render::Cell() : render::Cell(s); };
  return {c.id,         word(c.kind), c.name,       opt(c.organisation), opt(c.address),
          opt(c.email), opt(c.phone), opt(c.notes), c.created_on};
}

std::vector<render::Column> contact_detail_columns() {
  auto cols = contact_columns();
  cols.push_back({"salutation", "Salutation", render::Kind::text});
  return cols;
}

std::vector<render::Cell> contact_detail_cells(const Contact& c) {
  auto cells = contact_cells(c);
  cells.push_back(c.salutation.empty() ? render::Cell() : render::Cell(c.salutation));
  return cells;
}

}  // namespace clerk::people
