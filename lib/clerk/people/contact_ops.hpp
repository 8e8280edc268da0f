// The contact operations commands call: add, show, list, edit, merge, search.
#pragma once

#include <string>
#include <vector>

#include "clerk/people/contact.hpp"
#include "clerk/people/contact_store.hpp"
#include "clerk/session/context.hpp"

namespace clerk::people {

Contact add_contact(Context& ctx, const ContactFields& fields);
// A contact by id ("42") or by exact name (case-insensitive). Error{missing} with near-miss
// names when none; Error{bad_data} listing the ids when a name is shared.
Contact resolve_contact(Context& ctx, std::string_view id_or_name,
                        std::string_view field = "contact");
// resolve_contact() for showing the contact to someone: the access is logged.
Contact show_contact(Context& ctx, std::string_view id_or_name);
Contact edit_contact(Context& ctx, std::string_view id_or_name, const ContactFields& fields);

struct MergeResult {
  Contact kept;
  int64_t removed_id = 0;
  int64_t repointed = 0;  // references moved from the duplicate to the kept contact
};
// Folds `duplicate` into `keep`: blank fields of `keep` are filled from the duplicate, notes
// are joined, every reference is repointed, and the duplicate is deleted — one transaction.
// A row in contact_merge records which contact the duplicate went into.
MergeResult merge_contacts(Context& ctx, std::string_view duplicate, std::string_view keep);
// The contact `id_or_name` names and every contact ever merged into it: the ids under which the
// trail and the access log hold that person's entries.
std::vector<int64_t> contact_and_merged_ids(Context& ctx, std::string_view id_or_name,
                                            std::string_view field = "contact");

void for_each_contact(Context& ctx, const ContactFilter& filter,
                      const std::function<void(const Contact&)>& each);

}  // namespace clerk::people
