#include "clerk/casework/case_record.hpp"

namespace clerk::casework {

const db::RecordSpec<Case>& case_record() {
  using db::field, db::Transfer, db::EmptyText;
  // Export and import carry the contact and the assignee by name (case_transfer.cpp), not by id,
  // and a reference is stored as its year and sequence as well.
  static const db::RecordSpec<Case> spec(
      "cases", "c",
      {field<&Case::id>("id", Transfer::not_carried),
       field<&Case::ref>("ref"),
       field<&Case::ref_year>("ref_year", Transfer::not_carried),
       field<&Case::ref_seq>("ref_seq", Transfer::not_carried),
       field<&Case::type>("type"),
       field<&Case::subject>("subject", Transfer::required),
       field<&Case::contact_id>("contact_id", Transfer::not_carried),
       field<&Case::category>("category"),
       field<&Case::channel>("channel"),
       field<&Case::priority>("priority"),
       field<&Case::marking>("marking"),
       field<&Case::status>("status"),
       field<&Case::outcome>("outcome"),
       field<&Case::received_on>("received_on", Transfer::required),
       field<&Case::acknowledged_on>("acknowledged_on"),
       field<&Case::assignee_id>("assignee_id", Transfer::not_carried),
       field<&Case::body>("body", Transfer::carried, EmptyText::null),
       field<&Case::awaiting_on>("awaiting_on", Transfer::carried, EmptyText::null),
       field<&Case::follow_up_on>("follow_up_on"),
       field<&Case::escalated_on>("escalated_on"),
       field<&Case::stage1_handler_id>("stage1_handler_id", Transfer::not_carried),
       field<&Case::extension_months>("extension_months"),
       field<&Case::closed_on>("closed_on"),
       field<&Case::reopened_on>("reopened_on", Transfer::not_carried)});
  return spec;
}

const db::FieldSelection<Case>& case_facts() {
  // In the order of the view's columns (tests/unit/casework/case_record_test.cpp).
  static const db::FieldSelection<Case> facts(case_record(), "f",
                                              {"id",
                                               "ref",
                                               "ref_year",
                                               "ref_seq",
                                               "type",
                                               "contact_id",
                                               "category",
                                               "channel",
                                               "priority",
                                               "marking",
                                               "status",
                                               "received_on",
                                               "acknowledged_on",
                                               "assignee_id",
                                               "follow_up_on",
                                               "escalated_on",
                                               "stage1_handler_id",
                                               "extension_months",
                                               "closed_on",
                                               "reopened_on"});
  return facts;
}

}  // namespace clerk::casework
