// The columns of a case export, which an import reads back (case_import.hpp), so an export
// loads into another database. They are the case record's carried fields (case_record.hpp) with
// the contact and the assignee given by name in place of their ids.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "clerk/casework/case_store.hpp"
#include "clerk/db/record_spec.hpp"

namespace clerk::casework {

// What fills one column.
enum class TransferSource {
  field,  // a field of the case record
  contact_name,
  contact_email,
  contact_phone,
  contact_address,
  contact_salutation,
  assignee,  // the assignee's login
};

struct TransferColumn {
  std::string key;
  TransferSource source;
  const db::Field<Case>* field;  // for TransferSource::field, else nullptr
};

// In the order first published (ref, type, subject, contact, contact_email, contact_phone,
// contact_address, category, channel, priority, marking, status, outcome, received_on,
// acknowledged_on, assignee, body, awaiting_on, follow_up_on, escalated_on, closed_on,
// extension_months, contact_salutation), then any field added to the record since, in the
// record's order: scripts read columns by position.
const std::vector<TransferColumn>& transfer_layout();
// The columns' keys, in that order.
const std::vector<std::string>& transfer_keys();
// The position of `key` in transfer_keys(); Error{internal} when there is none.
size_t transfer_index(std::string_view key);

}  // namespace clerk::casework
