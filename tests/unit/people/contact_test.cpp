#include "clerk/people/contact.hpp"

#include <doctest/doctest.h>

#include "clerk/core/error.hpp"

using namespace clerk;
using namespace clerk::people;

TEST_SUITE("contact") {
  TEST_CASE("a person's default salutation drops the first name after a title") {
    struct Row {
      const char* name;
      const char* salutation;
    };
    for (auto [name, salutation] :
         {Row{"Mrs Ann Jones", "Mrs Jones"}, Row{"Dr Rhys ap Gwilym Davies", "Dr Davies"},
          Row{"mr. Huw Price", "mr. Price"}, Row{"Cllr  Sian   Lewis", "Cllr Lewis"},
          Row{"Mrs Jones", "Mrs Jones"}, Row{"Ann Jones", "Ann Jones"}, Row{"Prince", "Prince"}}) {
      CAPTURE(name);
      CHECK(default_salutation(ContactKind::person, name) == salutation);
    }
  }

  TEST_CASE("an organisation is greeted as Sir or Madam") {
    CHECK(default_salutation(ContactKind::organisation, "Cardiff Council Housing") ==
          "Sir or Madam");
  }

  TEST_CASE("a salutation the contact has set wins over the default") {
    Contact c;
    c.name = "Mrs Ann Jones";
    CHECK(salutation_of(c) == "Mrs Jones");
    c.salutation = "Ann";
    CHECK(salutation_of(c) == "Ann");
  }

  TEST_CASE("an address typed with \\n has one line per line, commas kept as typed") {
    CHECK(address_lines("3 Church Lane\\nMelksham\\nSN12 6AA") ==
          std::vector<std::string>{"3 Church Lane", "Melksham", "SN12 6AA"});
    CHECK(address_lines("Flat 2, 4 Ninian Road\nCardiff CF23 5EJ\n") ==
          std::vector<std::string>{"Flat 2, 4 Ninian Road", "Cardiff CF23 5EJ"});
    CHECK(address_lines("  \\n  ").empty());
  }

  TEST_CASE("apply_fields stores a typed address with real line breaks") {
    Contact c;
    ContactFields f;
    f.name = "Ann Jones";
    f.address = "3 Church Lane\\n Melksham ";
    f.salutation = "  Ann ";
    apply_fields(c, f);
    CHECK(c.address == "3 Church Lane\nMelksham");
    CHECK(c.salutation == "Ann");
  }

  TEST_CASE("a salutation that is not UTF-8 is refused") {
    Contact c;
    ContactFields f;
    f.name = "Ann Jones";
    f.salutation = std::string("Ann \xff");
    try {
      apply_fields(c, f);
      FAIL("expected an error");
    } catch (const Error& e) {
      CHECK(e.kind() == ErrorKind::bad_data);
      CHECK(e.field() == "contact");
    }
  }
}
