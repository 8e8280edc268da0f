#include "clerk/diary/papers_store.hpp"

#include "clerk/db/columns.hpp"
#include "clerk/db/connection.hpp"

namespace clerk::diary {

std::optional<OccurrencePapers> find_papers(db::Connection& db, int64_t event_id, Date original) {
  db::Statement q(db, R"(
    SELECT id, agenda, minutes FROM diary_papers WHERE event_id = :event AND original_day = :day)");
  q.bind(":event", event_id);
  q.bind(":day", original.iso());
  if (!q.step()) return std::nullopt;
  return OccurrencePapers{q.column(0).int64(), event_id, original, q.column(1).text(),
                          q.column(2).text()};
}

int64_t insert_papers(db::Connection& db, const OccurrencePapers& p) {
  db::Statement q(db, R"(
    INSERT INTO diary_papers (event_id, original_day, agenda, minutes)
    VALUES (:event, :day, :agenda, :minutes))");
  q.bind(":event", p.event_id);
  q.bind(":day", p.original.iso());
  db::bind_text_or_null(q, ":agenda", p.agenda);
  db::bind_text_or_null(q, ":minutes", p.minutes);
  q.exec();
  return db.last_insert_id();
}

void update_papers(db::Connection& db, const OccurrencePapers& p) {
  db::Statement q(db,
                  "UPDATE diary_papers SET agenda = :agenda, minutes = :minutes "
                  "WHERE id = :id");
  db::bind_text_or_null(q, ":agenda", p.agenda);
  db::bind_text_or_null(q, ":minutes", p.minutes);
  q.bind(":id", p.id);
  q.exec();
}

}  // namespace clerk::diary
