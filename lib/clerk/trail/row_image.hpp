// Row images: any audited row as JSON (the before/after of an entry) and as a canonical hash
// (what `audit verify` compares the live row with).
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include <SQLiteCpp/Database.h>

#include "clerk/core/date.hpp"
#include "clerk/core/sha256.hpp"
#include "clerk/db/connection.hpp"
#include "clerk/db/raw_statement.hpp"
#include "clerk/db/stored_value.hpp"
#include "clerk/trail/encoding.hpp"

namespace clerk::trail {

// A table whose every row is covered by the trail, and the entity name entries use for it
// ("case" for the table `cases`). Each has an INTEGER PRIMARY KEY `id`.
struct AuditedTable {
  std::string entity;
  std::string table;
};
// Every audited table, in the order of the schema registry (db/schema.hpp), which says which
// tables the trail covers.
const std::vector<AuditedTable>& audited_tables();
std::vector<std::string> audited_entities();
// The table of an entity; Error{internal} for one that is not audited.
const std::string& table_of(std::string_view entity);

// row_hash_after of an entry that deletes its row.
inline constexpr std::string_view kTombstone =
    "0000000000000000000000000000000000000000000000000000000000000000";

struct RowImage {
  std::string entity;
  int64_t id = 0;
  bool exists = false;
  std::string json;  // {"col": value, ...} or "null"
  std::string hash;  // canonical hash, or kTombstone when the row does not exist
};

// Reads the row of `entity` with `id` as it is now.
RowImage capture_row(db::Connection& db, std::string_view entity, int64_t id);

// Columns added by a migration to a table that already held audited rows (the schema registry's
// added_columns). The canonical encoding leaves such a column out while it is NULL, so rows
// hashed before it existed keep their hash; once it holds a value it is encoded like any other.
bool added_to_existing_table(std::string_view column);

// The canonical hash of a row over columns [0, column_count) of a statement: column name,
// storage class and value of each, length-prefixed (a NULL added column left out, as above). Made
// once per statement, used per row: the names are read once and the encoding buffer is reused.
class RowHasher {
 public:
  RowHasher(const db::RawStatement& stmt, int column_count);
  explicit RowHasher(const db::Statement& stmt);
  Digest hash(const db::RawStatement& stmt);
  Digest hash(const db::Statement& stmt);

 private:
  std::vector<std::string> names_;
  std::vector<bool> late_;  // added_to_existing_table(names_[i])
  Encoder encoder_;
  Sha256 hasher_;
};

// Rows a bulk load is about to write are given as the values it binds (db/stored_value.hpp).
using db::bind_value;
using db::stored_optional;
using db::stored_text_or_null;
using db::StoredValue;

// Hashes rows given as the values a bulk load is about to write, exactly as RowHasher hashes
// them read back from the table, so the load need not read them back. `columns` names the
// values' order and must be the table's columns, all of them (Error{internal} otherwise: a
// schema change the loader has not followed).
class ValueRowHasher {
 public:
  ValueRowHasher(db::Connection& db, std::string_view entity,
                 const std::vector<std::string>& columns);
  Digest hash(const std::vector<StoredValue>& values);  // values[i] is columns[i]

 private:
  std::vector<std::string> names_;  // the table's columns, in its order
  std::vector<size_t> from_;        // its k-th column is values[from_[k]]
  std::vector<bool> late_;          // added_to_existing_table(names_[k])
  Encoder encoder_;
  Sha256 hasher_;
};

}  // namespace clerk::trail
