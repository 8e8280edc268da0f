// `audit retention` as a table: each record due and what happens to it, then the access log
// entries due.
#pragma once

#include "clerk/privacy/retention_ops.hpp"
#include "clerk/render/table.hpp"

namespace clerk::privacy {

render::Table retention_table(const RetentionPlan& plan);

}  // namespace clerk::privacy
