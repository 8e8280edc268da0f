// Recording access to personal data (UK GDPR accountability): every show or export of a
// person's data leaves a line in the access log — who, when, which command, which records.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "clerk/session/context.hpp"

namespace clerk::access {

// One act of access to the records named by `what`, about `contact_ids`.
void record_access(Context& ctx, std::string_view command, std::string what,
                   std::vector<int64_t> contact_ids, int64_t records = 1);

// For listings and exports: counts the records streamed out and the contacts they were about,
// then records one access (nothing when no record was shown).
class AccessTally {
 public:
  AccessTally(Context& ctx, std::string command) : ctx_(ctx), command_(std::move(command)) {}
  void saw(int64_t contact_id) {
    ids_.push_back(contact_id);
    ++records_;
  }
  // `noun` names the records: "cases" → "12 cases".
  void record(std::string_view noun);

 private:
  Context& ctx_;
  std::string command_;
  std::vector<int64_t> ids_;
  int64_t records_ = 0;
};

}  // namespace clerk::access
