// Row images: any audited row as JSON (the before/after of an entry) and as a canonical hash
// (what `audit verify` compares the live row with).
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

namespace clerk::audit {

// The tables whose every row is covered by the trail. Each has an INTEGER PRIMARY KEY `id`;
// the entity name of an entry is the table name. Later schema adds its tables here.
const std::vector<std::string>& audited_tables();

// row_hash_after of an entry that deletes its row.
inline constexpr std::string_view kTombstone =
    "0000000000000000000000000000000000000000000000000000000000000000";

struct RowImage {
  std::string table;
  int64_t id = 0;
  bool exists = false;
  std::string json;  // {"col": value, ...} or "null"
  std::string hash;  // canonical hash, or kTombstone when the row does not exist
};

// Reads row `id` of `table` (one of audited_tables()) as it is now.
RowImage capture_row(SQLite::Database& db, std::string_view table, int64_t id);

// Calls `each(id, canonical hash)` for every row of `table` with id in [first_id, last_id], in
// id order, in one scan that holds no more than the current row (a bulk import's million rows).
void for_each_row_hash(SQLite::Database& db, std::string_view table, int64_t first_id,
                       int64_t last_id,
                       const std::function<void(int64_t id, const std::string& hash)>& each);

// The canonical hash of the current row of `stmt` over columns [0, column_count): column name,
// storage class and value of each, length-prefixed.
std::string row_hash(SQLite::Statement& stmt, int column_count);

}  // namespace clerk::audit
