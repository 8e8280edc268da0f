#include "clerk/diary/papers_store.hpp"

#include <SQLiteCpp/Statement.h>

#include "clerk/db/columns.hpp"

namespace clerk::diary {

std::optional<OccurrencePapers> find_papers(SQLite::Database& db, int64_t event_id, Date original) {
  SQLite::Statement q(db, R"(
    SELECT id, agenda, minutes FROM diary_papers WHERE event_id = :event AND original_day = :day)");
  q.bind(":event", event_id);
  q.bind(":day", original.iso());
  if (!q.executeStep()) return std::nullopt;
  return OccurrencePapers{q.getColumn(0).getInt64(), event_id, original, q.getColumn(1).getString(),
                          q.getColumn(2).getString()};
}

int64_t insert_papers(SQLite::Database& db, const OccurrencePapers& p) {
  SQLite::Statement q(db, R"(
    INSERT INTO diary_papers (event_id, original_day, agenda, minutes)
    VALUES (:event, :day, :agenda, :minutes))");
  q.bind(":event", p.event_id);
  q.bind(":day", p.original.iso());
  db::bind_text_or_null(q, ":agenda", p.agenda);
  db::bind_text_or_null(q, ":minutes", p.minutes);
  q.exec();
  return db.getLastInsertRowid();
}

void update_papers(SQLite::Database& db, const OccurrencePapers& p) {
  SQLite::Statement q(db,
                      "UPDATE diary_papers SET agenda = :agenda, minutes = :minutes "
                      "WHERE id = :id");
  db::bind_text_or_null(q, ":agenda", p.agenda);
  db::bind_text_or_null(q, ":minutes", p.minutes);
  q.bind(":id", p.id);
  q.exec();
}

}  // namespace clerk::diary
