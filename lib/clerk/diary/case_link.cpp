#include "clerk/diary/case_link.hpp"

#include "clerk/casework/case_ops.hpp"
#include "clerk/casework/case_store.hpp"
#include "clerk/core/error.hpp"

namespace clerk::diary {

std::string case_reference(Context& ctx, const std::string& ref) {
  try {
    return casework::resolve_case(ctx, ref).ref;
  } catch (Error& e) {
    e.field("case");
    throw;
  }
}

LinkedCase linked_case(Context& ctx, const std::string& ref) {
  LinkedCase out{ref, "", "", ""};
  auto parsed = casework::parse_ref(ref);
  if (!parsed) return out;
  auto c = casework::find_case_by_ref(ctx.db(), parsed->first, parsed->second);
  if (!c) return out;
  out.status = word(c->status);
  out.marking = word(c->marking);
  if (auto e = casework::latest_correspondence(ctx.db(), c->id))
    out.latest_correspondence = e->on_date.iso() + " " + e->direction +
                                (e->direction == "in" ? " from " : " to ") + e->party + ": " +
                                e->text;
  return out;
}

}  // namespace clerk::diary
