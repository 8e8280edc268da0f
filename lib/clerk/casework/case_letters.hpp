// Letters on cases: a template filled for a case, and the record that it was sent.
#pragma once

#include <string>
#include <string_view>

#include "clerk/render/document.hpp"
#include "clerk/session/context.hpp"

namespace clerk::casework {

// The one letter a closed case may be sent.
inline constexpr std::string_view kClosingLetter = "closing";
// A letter from a template, filled for a case; record_letter() logs it once it is delivered
// (a preview is never logged). Error{bad_data} for any letter but the closing one on a closed
// case, before anything is read out or logged.
render::Document prepare_letter(Context& ctx, std::string_view ref,
                                const std::string& template_name);
// Logs a rendered letter as outgoing correspondence (which acknowledges an unacknowledged case).
void record_letter(Context& ctx, std::string_view ref, const std::string& template_name);

}  // namespace clerk::casework
