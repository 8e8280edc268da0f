// One record's columns, listed once. Each field names its SQL column (also its key in exports,
// imports and JSON) and the member of the record it holds; how the member is stored, read back
// and parsed from import text follows from the member's type. A store derives its select list,
// from_row, insert and update statements and bulk-load values from the spec, so a new field is
// one line in it (and a migration).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "clerk/core/date.hpp"
#include "clerk/core/date_text.hpp"
#include "clerk/core/error.hpp"
#include "clerk/core/local_time.hpp"
#include "clerk/core/money.hpp"
#include "clerk/core/text.hpp"
#include "clerk/core/word_enum.hpp"
#include "clerk/db/columns.hpp"
#include "clerk/db/connection.hpp"
#include "clerk/db/stored_value.hpp"

namespace clerk::db {

// What a field holds, for code that presents or parses it without knowing the record.
enum class ValueKind { text, integer, decimal, date, word, money };

// Whether empty text is kept as '' or stored as NULL.
enum class EmptyText { kept, null };
// Whether export and import carry the field.
enum class Transfer { carried, not_carried, required };

template <class R>
struct Field {
  std::string_view column;
  ValueKind kind;
  Transfer transfer;
  StoredValue (*store)(const R&);
  void (*load)(R&, const db::Value&);
  // From import text, not empty (an empty value leaves the record's default); Error{bad_data}
  // naming `field` when it is not one. Null for a field no import reads.
  void (*parse)(R&, std::string_view text, std::string_view field);
};

namespace detail {

template <class M>
struct member_of;
template <class R, class T>
struct member_of<T R::*> {
  using record = R;
  using type = T;
};

template <class T>
struct optional_of {
  using type = void;
};
template <class T>
struct optional_of<std::optional<T>> {
  using type = T;
};

template <class T>
constexpr bool is_optional = !std::is_void_v<typename optional_of<T>::type>;

int64_t parse_integer(std::string_view text, std::string_view field);
Money parse_money(std::string_view text, std::string_view field);

}  // namespace detail

template <auto Member>
using record_of = typename detail::member_of<decltype(Member)>::record;

// The field for `Member` (a pointer to a member of the record) in `column`. Text, integers,
// flags, money, dates, local times, enumerations with words (core/word_enum), and optional
// dates, ids and enumerations (NULL when absent) are understood; anything else does not compile.
// A column whose stored form depends on more than its member (or on no member: a column derived
// for an index) is a Field written out by hand, with its own store and load.
template <auto Member>
Field<record_of<Member>> field(std::string_view column, Transfer transfer = Transfer::carried,
                               EmptyText empty = EmptyText::kept) {
  using R = record_of<Member>;
  using T = typename detail::member_of<decltype(Member)>::type;
  Field<R> f{column, ValueKind::text, transfer, nullptr, nullptr, nullptr};
  if constexpr (std::is_same_v<T, std::string>) {
    f.store = empty == EmptyText::null ? +[](const R& r) { return stored_text_or_null(r.*Member); }
                                       : +[](const R& r) { return StoredValue(r.*Member); };
    f.load = [](R& r, const db::Value& c) { r.*Member = c.text(); };
    f.parse = [](R& r, std::string_view text, std::string_view) { r.*Member = text; };
  } else if constexpr (std::is_same_v<T, bool>) {
    f.kind = ValueKind::integer;
    f.store = [](const R& r) { return StoredValue(int64_t(r.*Member ? 1 : 0)); };
    f.load = [](R& r, const db::Value& c) { r.*Member = c.as_int() != 0; };
    f.parse = [](R& r, std::string_view text, std::string_view name) {
      r.*Member = detail::parse_integer(text, name) != 0;
    };
  } else if constexpr (std::is_same_v<T, Money>) {
    // Stored in pence; import text is pounds ("12.50").
    f.kind = ValueKind::money;
    f.store = [](const R& r) { return StoredValue((r.*Member).pence()); };
    f.load = [](R& r, const db::Value& c) { r.*Member = Money::from_pence(c.int64()); };
    f.parse = [](R& r, std::string_view text, std::string_view name) {
      r.*Member = detail::parse_money(text, name);
    };
  } else if constexpr (std::is_integral_v<T>) {
    f.kind = ValueKind::integer;
    f.store = [](const R& r) { return StoredValue(int64_t(r.*Member)); };
    f.load = [](R& r, const db::Value& c) { r.*Member = T(c.int64()); };
    f.parse = [](R& r, std::string_view text, std::string_view name) {
      r.*Member = T(detail::parse_integer(text, name));
    };
  } else if constexpr (std::is_same_v<T, Date>) {
    f.kind = ValueKind::date;
    f.store = [](const R& r) { return StoredValue((r.*Member).iso()); };
    f.load = [](R& r, const db::Value& c) { r.*Member = Date::parse_iso(c.text(), c.name()); };
    f.parse = [](R& r, std::string_view text, std::string_view name) {
      r.*Member = parse_calendar_date(text, name);
    };
  } else if constexpr (std::is_same_v<T, LocalTime>) {
    f.kind = ValueKind::text;
    f.store = [](const R& r) { return StoredValue((r.*Member).iso()); };
    f.load = [](R& r, const db::Value& c) { r.*Member = LocalTime::parse_iso(c.text(), c.name()); };
    f.parse = [](R& r, std::string_view text, std::string_view name) {
      r.*Member = LocalTime::parse_iso(text, name);
    };
  } else if constexpr (std::is_same_v<T, std::optional<Date>>) {
    f.kind = ValueKind::date;
    f.store = [](const R& r) { return stored_optional(r.*Member); };
    f.load = [](R& r, const db::Value& c) { r.*Member = optional_date(c); };
    f.parse = [](R& r, std::string_view text, std::string_view name) {
      r.*Member = parse_calendar_date(text, name);
    };
  } else if constexpr (std::is_same_v<T, std::optional<int64_t>>) {
    f.kind = ValueKind::integer;
    f.store = [](const R& r) { return stored_optional(r.*Member); };
    f.load = [](R& r, const db::Value& c) { r.*Member = optional_int(c); };
    f.parse = [](R& r, std::string_view text, std::string_view name) {
      r.*Member = detail::parse_integer(text, name);
    };
  } else if constexpr (std::is_enum_v<T>) {
    f.kind = ValueKind::word;
    f.store = [](const R& r) { return StoredValue(word(r.*Member)); };
    f.load = [](R& r, const db::Value& c) { r.*Member = parse_word<T>(c.text()); };
    f.parse = [](R& r, std::string_view text, std::string_view name) {
      r.*Member = parse_word<T>(text, name);
    };
  } else {
    using E = typename detail::optional_of<T>::type;
    static_assert(detail::is_optional<T> && std::is_enum_v<E>, "no stored form for this member");
    f.kind = ValueKind::word;
    f.store = [](const R& r) {
      return r.*Member ? StoredValue(word(*(r.*Member))) : StoredValue();
    };
    f.load = [](R& r, const db::Value& c) {
      if (c.is_null())
        r.*Member = std::nullopt;
      else
        r.*Member = parse_word<E>(c.text());
    };
    f.parse = [](R& r, std::string_view text, std::string_view name) {
      r.*Member = parse_word<E>(text, name);
    };
  }
  return f;
}

// The field for an id member where 0 means none: NULL in the table, 0 when read back.
template <auto Member>
Field<record_of<Member>> zero_or_id_field(std::string_view column,
                                          Transfer transfer = Transfer::carried) {
  using R = record_of<Member>;
  static_assert(std::is_same_v<typename detail::member_of<decltype(Member)>::type, int64_t>);
  return {column,
          ValueKind::integer,
          transfer,
          [](const R& r) { return r.*Member ? StoredValue(r.*Member) : StoredValue(); },
          [](R& r, const db::Value& c) { r.*Member = c.is_null() ? 0 : c.int64(); },
          [](R& r, std::string_view text, std::string_view name) {
            r.*Member = detail::parse_integer(text, name);
          }};
}

// A record's table and its fields, `id` (the INTEGER PRIMARY KEY) among them.
template <class R>
class RecordSpec {
 public:
  // `alias` qualifies the select list ("c" gives "c.id, c.ref, ..."), for queries with joins;
  // an empty alias leaves the columns bare.
  RecordSpec(std::string table, std::string alias, std::vector<Field<R>> fields)
      : table_(std::move(table)), fields_(std::move(fields)) {
    std::string columns, marks, sets;
    for (const auto& f : fields_) {
      select_list_ += (select_list_.empty() ? "" : ", ") + (alias.empty() ? "" : alias + ".") +
                      std::string(f.column);
      names_.emplace_back(f.column);
      if (f.column == "id") continue;
      columns += (columns.empty() ? "" : ", ") + std::string(f.column);
      marks += marks.empty() ? "?" : ", ?";
      sets += (sets.empty() ? "" : ", ") + std::string(f.column) + " = ?";
    }
    // Written once: a store inserts and updates through these on every write.
    insert_sql_ = "INSERT INTO " + table_ + " (" + columns + ") VALUES (" + marks + ")";
    insert_with_id_sql_ = "INSERT INTO " + table_ + " (" + text::join(names_, ", ") +
                          ") VALUES (?" + std::string(marks.empty() ? "" : ", ") + marks + ")";
    update_sql_ = "UPDATE " + table_ + " SET " + sets + " WHERE id = ?";
  }

  const std::string& table() const { return table_; }
  const std::vector<Field<R>>& fields() const { return fields_; }
  // The field in `column`, or nullptr.
  const Field<R>* find(std::string_view column) const {
    for (const auto& f : fields_)
      if (f.column == column) return &f;
    return nullptr;
  }
  // "c.id, c.ref, ...": every column, in the spec's order.
  const std::string& select_list() const { return select_list_; }
  // Every column's name, in the spec's order (the order of from_row and values).
  const std::vector<std::string>& column_names() const { return names_; }
  int size() const { return int(fields_.size()); }

  // The record in a result row whose columns from `first` on are select_list()'s.
  R from_row(db::Statement& q, int first = 0) const {
    R r;
    for (size_t i = 0; i < fields_.size(); ++i) fields_[i].load(r, q.column(first + int(i)));
    return r;
  }
  // Every column's stored value, in column_names()' order: a bulk load's row.
  std::vector<StoredValue> values(const R& r) const {
    std::vector<StoredValue> out;
    out.reserve(fields_.size());
    for (const auto& f : fields_) out.push_back(f.store(r));
    return out;
  }

  // Inserts `r` (its id is the table's to choose) and gives the new row's id.
  int64_t insert(db::Connection& db, const R& r) const {
    db::Statement q(db, insert_sql_);
    bind_all_but_id(q, r);
    q.exec();
    return db.last_insert_id();
  }
  // Inserts `r` with the id it holds (the store chose it).
  void insert_with_id(db::Connection& db, const R& r) const {
    db::Statement q(db, insert_with_id_sql_);
    int index = 0;
    for (const auto& f : fields_) bind_value(q, ++index, f.store(r));
    q.exec();
  }
  // Writes every column of the row with r's id.
  void update(db::Connection& db, const R& r) const {
    db::Statement q(db, update_sql_);
    int last = bind_all_but_id(q, r);
    bind_value(q, last + 1, find("id")->store(r));
    q.exec();
  }

 private:
  int bind_all_but_id(db::Statement& q, const R& r) const {
    int index = 0;
    for (const auto& f : fields_)
      if (f.column != "id") bind_value(q, ++index, f.store(r));
    return index;
  }

  std::string table_;
  std::vector<Field<R>> fields_;
  std::string select_list_;
  std::vector<std::string> names_;
  std::string insert_sql_, insert_with_id_sql_, update_sql_;
};

// Some of a spec's columns, for a query that reads only what it needs (from a covering index,
// say): the rest of each record keeps its defaults.
template <class R>
class FieldSelection {
 public:
  FieldSelection(const RecordSpec<R>& spec, std::string_view alias,
                 std::initializer_list<std::string_view> columns) {
    for (auto column : columns) {
      const Field<R>* f = spec.find(column);
      if (!f)
        throw Error(ErrorKind::internal,
                    "no column " + std::string(column) + " in " + spec.table() + "'s spec");
      fields_.push_back(f);
      sql_ += (sql_.empty() ? "" : ", ") + std::string(alias) + "." + std::string(column);
    }
  }
  const std::string& sql() const { return sql_; }
  int size() const { return int(fields_.size()); }
  // Reads the selected columns, from `first` on, into `r`.
  void read(db::Statement& q, R& r, int first = 0) const {
    for (size_t i = 0; i < fields_.size(); ++i) fields_[i]->load(r, q.column(first + int(i)));
  }

 private:
  std::vector<const Field<R>*> fields_;
  std::string sql_;
};

}  // namespace clerk::db
