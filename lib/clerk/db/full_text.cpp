#include "clerk/db/full_text.hpp"

#include <utility>

#include "clerk/core/snippet.hpp"

namespace clerk::db {
namespace {

// The text search configuration of team databases (migrations/postgres/0016_baseline.sql).
constexpr std::string_view kConfiguration = "'clerk_english'";
// highlighted() writes the markers as char(2) and chr(3).
static_assert(kMatchStart == '\x02' && kMatchEnd == '\x03');

// FTS5: each word a string ("..." with " doubled), `*` after a prefix, alternatives in OR.
std::string fts5_query(const std::vector<SearchWord>& words) {
  auto quoted = [](std::string_view text) {
    std::string out = "\"";
    for (char c : text) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
  };
  std::string out;
  for (const auto& w : words) {
    std::string term = quoted(w.text) + (w.prefix ? "*" : "");
    if (!w.alternative.empty()) term = "(" + term + " OR " + quoted(w.alternative) + ")";
    out += (out.empty() ? "" : " ") + term;
  }
  return out;
}

// to_tsquery: each word a quoted phrase ('...' with ' and \ doubled), `:*` after a prefix,
// alternatives with |, all joined by &.
std::string tsquery(const std::vector<SearchWord>& words) {
  auto quoted = [](std::string_view text) {
    std::string out = "'";
    for (char c : text) {
      if (c == '\'' || c == '\\') out += c;
      out += c;
    }
    return out + "'";
  };
  std::string out;
  for (const auto& w : words) {
    std::string term = quoted(w.text) + (w.prefix ? ":*" : "");
    if (!w.alternative.empty()) term = "(" + term + " | " + quoted(w.alternative) + ")";
    out += (out.empty() ? "" : " & ") + term;
  }
  return out;
}

}  // namespace

FullTextIndex::FullTextIndex(const Connection& db, std::string table)
    : backend_(db.backend()), table_(std::move(table)) {}

std::string FullTextIndex::query(const std::vector<SearchWord>& words) const {
  return backend_ == Backend::sqlite ? fts5_query(words) : tsquery(words);
}

std::string FullTextIndex::from_matching() const {
  if (backend_ == Backend::sqlite) return " FROM " + table_ + " WHERE " + table_ + " MATCH :q";
  return " FROM " + table_ + ", to_tsquery(" + std::string(kConfiguration) +
         ", :q) AS fts_query WHERE terms @@ fts_query";
}

std::string FullTextIndex::rank() const {
  // bm25 is negative, better matches lower; ts_rank is positive, better higher. Dividing by
  // 1 + log(length) ranks a short note that names the word above a long one, as bm25 does.
  return backend_ == Backend::sqlite ? "rank" : "-ts_rank(terms, fts_query, 1)";
}

std::string FullTextIndex::highlighted(std::string_view rowid_sql) const {
  const std::string rowid(rowid_sql);
  if (backend_ == Backend::sqlite)
    return "(SELECT highlight(" + table_ + ", 0, char(2), char(3)) FROM " + table_ + " WHERE " +
           table_ + " MATCH :q AND rowid = " + rowid + ")";
  return "(SELECT ts_headline(" + std::string(kConfiguration) + ", body, to_tsquery(" +
         std::string(kConfiguration) +
         ", :q), 'HighlightAll=true, StartSel=' || chr(2) || ', StopSel=' || chr(3)) FROM " +
         table_ + " WHERE rowid = " + rowid + ")";
}

void FullTextIndex::optimise(Connection& db) const {
  if (backend_ == Backend::sqlite)
    db.exec("INSERT INTO " + table_ + " (" + table_ + ") VALUES ('optimize')");
}

std::string FullTextIndex::best_per_key(std::string_view hits, std::string_view key,
                                        std::optional<int> best) const {
  const std::string h(hits), k(key);
  const std::string limit = best ? " LIMIT " + std::to_string(*best) : "";
  if (backend_ == Backend::sqlite) {
    // SQLite takes the other columns from the row that gave min(rank).
    return "SELECT " + k + ", min(rank) AS rank, fts_rowid FROM " + h + " GROUP BY " + k +
           (best ? " ORDER BY rank, " + k + limit : "");
  }
  std::string each = "SELECT DISTINCT ON (" + k + ") " + k + ", rank, fts_rowid FROM " + h +
                     " ORDER BY " + k + ", rank, fts_rowid";
  return best ? "SELECT * FROM (" + each + ") AS best_rows ORDER BY rank, " + k + limit : each;
}

}  // namespace clerk::db
