// Direct Payments as tables and documents: the schedules of `audit schedule list`, and the
// statement audit (summary, spending by class, unexplained lines, missing payments).
#pragma once

#include <vector>

#include "clerk/directpay/schedule.hpp"
#include "clerk/directpay/statement_ops.hpp"
#include "clerk/render/document.hpp"
#include "clerk/render/table.hpp"

namespace clerk::directpay {

render::Table schedule_table(const std::vector<Schedule>& schedules);

render::Document statement_document(const StatementReport& report);

}  // namespace clerk::directpay
