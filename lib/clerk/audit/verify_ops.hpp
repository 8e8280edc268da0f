// Presenting a verification: the findings table and the summary people read.
#pragma once

#include <string>
#include <vector>

#include "clerk/render/table.hpp"
#include "clerk/trail/verify.hpp"

namespace clerk::audit {

render::Table findings_table(const trail::VerifyReport& report);
// What was checked, the head of the trail, and what verification cannot rule out.
std::vector<std::string> summary_lines(const trail::VerifyReport& report);

}  // namespace clerk::audit
