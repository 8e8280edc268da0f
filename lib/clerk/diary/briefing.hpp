// The briefing pack for a day: each event in order with its time, place and travel, who is
// there with their contact details, the agenda, linked cases and the open actions that touch it.
#pragma once

#include <string>

#include "clerk/render/document.hpp"
#include "clerk/session/context.hpp"

namespace clerk::diary {

// `diary` empty: every diary. A pack with events is recorded in the access log.
render::Document briefing(Context& ctx, Date day, const std::string& diary);

}  // namespace clerk::diary
