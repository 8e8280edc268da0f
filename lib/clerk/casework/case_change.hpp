// How the case writes change a case (casework-internal): every change goes through a CaseChange
// — the audited update, a timeline entry saying what happened, and the derived deadline, in the
// caller's one transaction.
#pragma once

#include <string>
#include <string_view>

#include "clerk/casework/case.hpp"
#include "clerk/casework/case_store.hpp"
#include "clerk/session/context.hpp"
#include "clerk/trail/write.hpp"

namespace clerk::casework {

class CaseChange {
 public:
  // The case `ref` names (resolve_case), as it stands before the change.
  CaseChange(Context& ctx, trail::Writer& w, std::string_view ref);
  Case& c() { return c_; }
  // A timeline entry by the acting user.
  void event(const std::string& kind, const std::string& text, Date on);
  // Writes the changed case, its audit entry (`action`) and its deadline.
  Case save(std::string_view action);

 private:
  Context& ctx_;
  trail::Writer& w_;
  Case c_;
  trail::RowImage before_;
};

// Records one item of correspondence on the case being changed: the first outgoing item to the
// case's own contact acknowledges the case (a letter to a third party tells the constituent
// nothing); an incoming one on a case awaiting a reply moves it back to open. With no party,
// the correspondence was with the case's contact.
TimelineEntry record_correspondence(Context& ctx, trail::Writer& w, CaseChange& change,
                                    TimelineEntry e);

}  // namespace clerk::casework
