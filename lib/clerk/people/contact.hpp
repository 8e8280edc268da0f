// Contacts: constituents, public bodies and partner agencies — people and organisations.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "clerk/core/date.hpp"
#include "clerk/core/word_enum.hpp"

namespace clerk::people {

enum class ContactKind { person, organisation };
const EnumWords& enum_words(ContactKind);

struct Contact {
  int64_t id = 0;
  ContactKind kind = ContactKind::person;
  std::string name;
  std::string salutation;  // how a letter greets them; empty: default_salutation()
  std::string organisation;
  std::string address;
  std::string email;
  std::string phone;
  std::string notes;
  Date created_on;
};

// The contact fields people set, each optional so one type serves add and edit.
struct ContactFields {
  std::optional<std::string> kind, name, salutation, organisation, address, email, phone, notes;
};

// Applies `fields` to `contact`, checking each (a name is required; an email needs an '@').
// An address may be typed on one line with \n between its lines.
void apply_fields(Contact& contact, const ContactFields& fields);

// An address's lines: stored line breaks, and a "\n" typed literally before clerk read it as
// a line break; blank lines dropped, commas kept as typed.
std::vector<std::string> address_lines(std::string_view address);

// What follows "Dear": the contact's own salutation when set; else "Sir or Madam" for an
// organisation, and for a person the name with a first name after a title dropped
// ("Mrs Ann Jones" → "Mrs Jones"), or the name as it is.
std::string salutation_of(const Contact& contact);
std::string default_salutation(ContactKind kind, std::string_view name);

}  // namespace clerk::people
