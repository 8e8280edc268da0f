#include "clerk/diary/action_record.hpp"

namespace clerk::diary {

const db::RecordSpec<Action>& action_record() {
  using db::field, db::EmptyText;
  // Actions are neither exported nor imported as records (SAR reads them as rows).
  constexpr auto local = db::Transfer::not_carried;
  constexpr auto null = EmptyText::null;
  static const db::RecordSpec<Action> spec(
      "diary_action", "a",
      {field<&Action::id>("id", local), field<&Action::text>("text", local),
       db::zero_or_id_field<&Action::owner_id>("owner_id", local),
       field<&Action::owner_contact_id>("owner_contact_id", local),
       field<&Action::due_on>("due_on", local), field<&Action::event_id>("event_id", local),
       field<&Action::case_ref>("case_ref", local, null),
       field<&Action::created_on>("created_on", local), field<&Action::done_on>("done_on", local),
       field<&Action::done_note>("done_note", local, null),
       field<&Action::cancelled_on>("cancelled_on", local),
       field<&Action::cancel_reason>("cancel_reason", local, null)});
  return spec;
}

}  // namespace clerk::diary
