// Full-text search over an index table of (rowid, body) rows, chosen per backend: SQLite's FTS5
// (porter stems over unicode61, diacritics removed) or PostgreSQL's text search (the
// `clerk_english` configuration: english stems over unaccented words, a GIN index on a
// generated tsvector column). The stores write one query and get the same matches, the same
// order and the same snippets from either.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "clerk/db/connection.hpp"

namespace clerk::db {

// One word of a search as typed. It is matched as text, never read as query syntax (so
// "O'Brien" and "C-2026-00042" mean what they say); a prefix word matches the words that begin
// with it ("sanct*"); a word with an alternative matches either ("CF235EF" or "CF23 5EF").
struct SearchWord {
  std::string text;
  bool prefix = false;
  std::string alternative;  // empty for none
};

class FullTextIndex {
 public:
  FullTextIndex(const Connection& db, std::string table);

  // The value to bind as `:q`: every word must match.
  std::string query(const std::vector<SearchWord>& words) const;
  // ` FROM <table> ... WHERE <the row matches :q>`, for a SELECT of `rowid` and rank().
  std::string from_matching() const;
  // In that SELECT, the row's rank: lower is a better match.
  std::string rank() const;
  // A scalar subquery: the body of the index row `rowid_sql`, its matches of `:q` between
  // kMatchStart and kMatchEnd (core/snippet.hpp turns it into a snippet).
  std::string highlighted(std::string_view rowid_sql) const;
  // A SELECT of `key, rank, fts_rowid` from `hits` (which has those columns): each key's
  // best-ranked row; with `best`, only that many keys, best first (ties by key).
  std::string best_per_key(std::string_view hits, std::string_view key,
                           std::optional<int> best = std::nullopt) const;
  // After many rows went: SQLite merges FTS5's segments, so no copy of an erased row's terms
  // stays in one; PostgreSQL's GIN index drops them itself (its pages at the next VACUUM).
  void optimise(Connection& db) const;

 private:
  Backend backend_;
  std::string table_;
};

}  // namespace clerk::db
