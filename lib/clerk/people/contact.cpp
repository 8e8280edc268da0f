#include "clerk/people/contact.hpp"

#include "clerk/core/error.hpp"
#include "clerk/core/text.hpp"

namespace clerk::people {

const std::vector<std::string>& contact_kind_names() {
  static const std::vector<std::string> names = {"person", "organisation"};
  return names;
}

std::string_view contact_kind_name(ContactKind kind) { return contact_kind_names()[size_t(kind)]; }

ContactKind parse_contact_kind(std::string_view text, std::string_view field) {
  if (text == "person") return ContactKind::person;
  if (text == "organisation" || text == "organization" || text == "org")
    return ContactKind::organisation;
  throw Error(ErrorKind::bad_data,
              "'" + std::string(text) + "' is not a contact kind; use person or organisation")
      .field(std::string(field));
}

void apply_fields(Contact& c, const ContactFields& f) {
  auto clean = [](const std::string& s) { return std::string(text::trim(s)); };
  if (f.kind) c.kind = parse_contact_kind(*f.kind);
  if (f.name) {
    c.name = clean(*f.name);
    if (c.name.empty()) throw Error(ErrorKind::bad_data, "a name is required").field("name");
  }
  if (f.organisation) c.organisation = clean(*f.organisation);
  if (f.address) c.address = clean(*f.address);
  if (f.email) {
    c.email = clean(*f.email);
    if (!c.email.empty() &&
        (c.email.find('@') == std::string::npos || c.email.find(' ') != std::string::npos))
      throw Error(ErrorKind::bad_data, "'" + c.email + "' is not an email address").field("email");
  }
  if (f.phone) c.phone = clean(*f.phone);
  if (f.notes) c.notes = *f.notes;
  for (const std::string* s : {&c.name, &c.organisation, &c.address, &c.email, &c.phone, &c.notes})
    if (!text::valid_utf8(*s))
      throw Error(ErrorKind::bad_data, "text is not valid UTF-8").field("contact");
}

}  // namespace clerk::people
