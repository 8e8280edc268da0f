// Contacts: constituents, public bodies and partner agencies — people and organisations.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "clerk/core/date.hpp"

namespace clerk::people {

enum class ContactKind { person, organisation };
std::string_view contact_kind_name(ContactKind kind);
ContactKind parse_contact_kind(std::string_view text, std::string_view field = "kind");
const std::vector<std::string>& contact_kind_names();

struct Contact {
  int64_t id = 0;
  ContactKind kind = ContactKind::person;
  std::string name;
  std::string organisation;
  std::string address;
  std::string email;
  std::string phone;
  std::string notes;
  Date created_on;
};

// The contact fields people set, each optional so one type serves add and edit.
struct ContactFields {
  std::optional<std::string> kind, name, organisation, address, email, phone, notes;
};

// Applies `fields` to `contact`, checking each (a name is required; an email needs an '@').
void apply_fields(Contact& contact, const ContactFields& fields);

}  // namespace clerk::people
