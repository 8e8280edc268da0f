#include "clerk/casework/case_transfer_tables.hpp"

#include "clerk/casework/case_transfer.hpp"

namespace clerk::casework {
namespace {

render::Cell text_or_blank(const std::string& s) {
  return s.empty() ? render::Cell() : render::Cell(s);
}

render::Cell field_cell(const db::Field<Case>& f, const Case& c) {
  db::StoredValue v = f.store(c);
  if (const auto* n = std::get_if<int64_t>(&v)) return *n;
  if (const auto* t = std::get_if<std::string>(&v))
    return f.kind == db::ValueKind::date ? render::Cell(Date::parse_iso(*t, f.column))
                                         : render::Cell(*t);
  return {};
}

}  // namespace

std::vector<render::Column> transfer_columns() {
  using render::Kind;
  std::vector<render::Column> cols;
  for (const auto& c : transfer_layout()) {
    Kind kind = !c.field                                  ? Kind::text
                : c.field->kind == db::ValueKind::date    ? Kind::date
                : c.field->kind == db::ValueKind::integer ? Kind::integer
                                                          : Kind::text;
    cols.push_back({c.key, c.key, kind});
  }
  return cols;
}

std::vector<render::Cell> transfer_cells(const CaseRow& r) {
  std::vector<render::Cell> cells;
  cells.reserve(transfer_layout().size());
  for (const auto& c : transfer_layout()) switch (c.source) {
      case TransferSource::field:
        cells.push_back(field_cell(*c.field, r.c));
        break;
      case TransferSource::contact_name:
        cells.emplace_back(r.contact_name);
        break;
      case TransferSource::contact_email:
        cells.push_back(text_or_blank(r.contact_email));
        break;
      case TransferSource::contact_phone:
        cells.push_back(text_or_blank(r.contact_phone));
        break;
      case TransferSource::contact_address:
        cells.push_back(text_or_blank(r.contact_address));
        break;
      case TransferSource::contact_salutation:
        cells.push_back(text_or_blank(r.contact_salutation));
        break;
      case TransferSource::assignee:
        cells.push_back(text_or_blank(r.assignee_login));
        break;
    }
  return cells;
}

}  // namespace clerk::casework
