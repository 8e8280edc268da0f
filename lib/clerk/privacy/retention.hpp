// Retention rules: when a record has been kept long enough (UK GDPR storage limitation).
#pragma once

#include "clerk/config/config.hpp"
#include "clerk/core/date.hpp"

namespace clerk::privacy {

// What anonymised free text reads afterwards; also how an anonymised record is recognised.
inline constexpr const char* kErased = "[erased]";

struct RetentionCutoffs {
  Date cases_closed_before;   // closed cases with closed_on before this
  Date expenses_dated_up_to;  // expense items dated on or before this (a 31 March)
  Date diary_ended_before;    // diary events whose last day is before this
  Date access_before;         // access log entries before this day
};

// Closed cases N years after closure; expenses N years after the end of their financial year
// (31 March); diary events N years after their last day; the access log N years after.
RetentionCutoffs retention_cutoffs(const config::Retention& policy, Date today);

}  // namespace clerk::privacy
