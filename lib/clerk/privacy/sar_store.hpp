// The SQL of a subject access export: every record about one contact, found through indexes.
#pragma once

#include <cstdint>

#include "clerk/db/connection.hpp"
#include "clerk/privacy/sar.hpp"

namespace clerk::privacy {

// The contact, their cases with timeline and clock stops, diary events they attended or that
// concern their cases, actions on their cases, expense items when they are also staff (same
// email), audit entries about all of these, and the access log about them; with other
// people's data inside those records listed in `review`. Error{missing} for no such contact.
SarExport collect_sar(db::Connection& db, int64_t contact_id);

}  // namespace clerk::privacy
