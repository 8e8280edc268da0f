#include "clerk/diary/case_link.hpp"

#include "clerk/casework/case_ops.hpp"
#include "clerk/casework/case_store.hpp"
#include "clerk/casework/case_visibility.hpp"
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
  // A case the reader may not see is named, nothing more (a team database's row-level security
  // hides it; here it is left out alike).
  auto c = casework::find_case_by_ref(ctx.db(), parsed->first, parsed->second);
  if (!c || !casework::may_see(ctx, *c)) return out;
  out.status = word(c->status);
  out.marking = word(c->marking);
  if (auto e = casework::latest_correspondence(ctx.db(), c->id))
    out.latest_correspondence = e->on_date.iso() + " " + e->direction +
                                (e->direction == "in" ? " from " : " to ") + e->party + ": " +
                                e->text;
  return out;
}

}  // namespace clerk::diary
