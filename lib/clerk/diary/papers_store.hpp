// The diary_papers table's SQL: the agenda and minutes of one occurrence of a series.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "clerk/core/date.hpp"
#include "clerk/db/connection.hpp"

namespace clerk::diary {

struct OccurrencePapers {
  int64_t id = 0;  // 0 until stored
  int64_t event_id = 0;
  Date original;  // the day the series' rule put the occurrence on
  std::string agenda;
  std::string minutes;
};

std::optional<OccurrencePapers> find_papers(db::Connection& db, int64_t event_id, Date original);
int64_t insert_papers(db::Connection& db, const OccurrencePapers& papers);
void update_papers(db::Connection& db, const OccurrencePapers& papers);

}  // namespace clerk::diary
