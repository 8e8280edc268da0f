#include "clerk/casework/case_transfer.hpp"

#include <algorithm>
#include <utility>

#include "clerk/casework/case_record.hpp"
#include "clerk/core/error.hpp"

namespace clerk::casework {
namespace {

// The published order. Each name is a carried field of the record, unless it is joined below.
constexpr std::string_view kPublished[] = {"ref",
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

constexpr std::pair<std::string_view, TransferSource> kJoined[] = {
    {"contact", TransferSource::contact_name},
    {"contact_email", TransferSource::contact_email},
    {"contact_phone", TransferSource::contact_phone},
    {"contact_address", TransferSource::contact_address},
    {"contact_salutation", TransferSource::contact_salutation},
    {"assignee", TransferSource::assignee}};

TransferColumn column_for(std::string_view key) {
  for (const auto& [name, source] : kJoined)
    if (name == key) return {std::string(key), source, nullptr};
  const db::Field<Case>* f = case_record().find(key);
  if (!f || f->transfer == db::Transfer::not_carried)
    throw Error(ErrorKind::internal, "case export column " + std::string(key) + " has no field");
  return {std::string(key), TransferSource::field, f};
}

}  // namespace

const std::vector<TransferColumn>& transfer_layout() {
  static const std::vector<TransferColumn> layout = [] {
    std::vector<TransferColumn> out;
    for (auto key : kPublished) out.push_back(column_for(key));
    for (const auto& f : case_record().fields()) {
      bool listed =
          std::find(std::begin(kPublished), std::end(kPublished), f.column) != std::end(kPublished);
      if (f.transfer != db::Transfer::not_carried && !listed) out.push_back(column_for(f.column));
    }
    return out;
  }();
  return layout;
}

const std::vector<std::string>& transfer_keys() {
  static const std::vector<std::string> keys = [] {
    std::vector<std::string> out;
    for (const auto& c : transfer_layout()) out.push_back(c.key);
    return out;
  }();
  return keys;
}

size_t transfer_index(std::string_view key) {
  const auto& keys = transfer_keys();
  auto it = std::find(keys.begin(), keys.end(), key);
  if (it == keys.end())
    throw Error(ErrorKind::internal, "no case export column " + std::string(key));
  return size_t(it - keys.begin());
}

}  // namespace clerk::casework
