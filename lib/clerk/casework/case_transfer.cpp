#include "clerk/casework/case_transfer.hpp"

namespace clerk::casework {

// contact_salutation came later: it is last, so scripts that read columns by position still work.
const std::vector<std::string>& transfer_keys() {
  static const std::vector<std::string> keys = {"ref",
                                                "type",
                                                "subject",
                                                "contact",
                                                "contact_email",
                                                "contact_phone",
                                                "contact_address",
                                                "category",
                                                "channel",
                                                "priority",
                                                "marking",
                                                "status",
                                                "outcome",
                                                "received_on",
                                                "acknowledged_on",
                                                "assignee",
                                                "body",
                                                "awaiting_on",
                                                "follow_up_on",
                                                "escalated_on",
                                                "closed_on",
                                                "extension_months",
                                                "contact_salutation"};
  return keys;
}

std::vector<render::Column> transfer_columns() {
  using render::Kind;
  std::vector<render::Column> cols;
  for (const auto& k : transfer_keys()) {
    Kind kind = k.ends_with("_on")        ? Kind::date
                : k == "extension_months" ? Kind::integer
                                          : Kind::text;
    cols.push_back({k, k, kind});
  }
  return cols;
}

std::vector<render::Cell> transfer_cells(const CaseRow& r) {
  auto t = [](const std::string& s) { return s.empty() ? render::Cell() : render::Cell(s); };
  auto d = [](const std::optional<Date>& v) { return v ? render::Cell(*v) : render::Cell(); };
  const Case& c = r.c;
  return {c.ref,
          word(c.type),
          c.subject,
          r.contact_name,
          t(r.contact_email),
          t(r.contact_phone),
          t(r.contact_address),
          c.category,
          word(c.channel),
          word(c.priority),
          word(c.marking),
          word(c.status),
          c.outcome ? render::Cell(word(*c.outcome)) : render::Cell(),
          c.received_on,
          d(c.acknowledged_on),
          t(r.assignee_login),
          t(c.body),
          t(c.awaiting_on),
          d(c.follow_up_on),
          d(c.escalated_on),
          d(c.closed_on),
          int64_t(c.extension_months),
          t(r.contact_salutation)};
}

}  // namespace clerk::casework
