// Contacts as tables: the columns of `contact list` and `contact search`, and one contact in
// full for `contact show`.
#pragma once

#include <vector>

#include "clerk/people/contact.hpp"
#include "clerk/render/table.hpp"

namespace clerk::people {

// A contact as lists and searches show it.
std::vector<render::Column> contact_columns();
std::vector<render::Cell> contact_cells(const Contact& contact);

// One contact in full (contact show): the list's columns and the salutation set for letters
// (empty when letters use the default).
std::vector<render::Column> contact_detail_columns();
std::vector<render::Cell> contact_detail_cells(const Contact& contact);

}  // namespace clerk::people
