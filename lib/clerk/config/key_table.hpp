// A TOML table described once, as a list of keys: the allow-list, the reading with its checks
// and the writing for `config show` are all derived from it, so a setting is one entry.
#pragma once

#include <algorithm>
#include <functional>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include <toml++/toml.h>

#include "clerk/config/problems.hpp"
#include "clerk/config/toml_writer.hpp"

namespace clerk::config {

// One key of a TOML table whose settings live in a record R.
template <class R>
struct Key {
  using Read = std::function<bool(Problems&, const toml::table& table, const std::string& prefix,
                                  R& record)>;
  using Write = std::function<void(TomlWriter&, const std::string& path, const R& record)>;

  std::string name;
  // Reads the key from `table`, where it is called `prefix + name`, into the record; a key the
  // file leaves out keeps the record's default. False when the file's value is refused whole
  // (the wrong type, say), rather than in part or not at all.
  Read read;
  // Writes the key of the table at `path`: a `name = value` line, or tables of its own.
  Write write;
  // Written as [tables] of its own, which TOML needs after the `name = value` lines.
  bool headed = false;
  // The dotted keys inside a table-valued key (`[]` marks an array's entry, `*` any name).
  std::vector<std::string> inner;
  // Refused whole, the rest of its table goes unread (as it always has: `config check` lists no
  // problems after it in that table).
  bool last_if_refused = false;

  // The file must give the key (said at the table's line, before any other problem with it).
  Key&& required() && {
    read = [read = std::move(read), name = name](Problems& problems, const toml::table& table,
                                                 const std::string& prefix, R& record) {
      if (!table.get(name)) problems.add(table, prefix + name, "is required");
      return read(problems, table, prefix, record);
    };
    return std::move(*this);
  }

  // Runs `check` (across this key and those read before it) straight after reading the key,
  // whether the file gives it or not, so its problem is listed in that place.
  template <class Check>
  Key&& then_check(Check check) && {
    read = [read = std::move(read), check](Problems& problems, const toml::table& table,
                                           const std::string& prefix, R& record) {
      bool taken = read(problems, table, prefix, record);
      check(problems, table, prefix, record);
      return taken;
    };
    return std::move(*this);
  }

  Key&& ends_table_if_refused() && {
    last_if_refused = true;
    return std::move(*this);
  }

  // Written only when `when` holds for the record; left out, it reads back as its default.
  Key&& written_if(std::function<bool(const R&)> when) && {
    write = [write = std::move(write), when = std::move(when)](
                TomlWriter& w, const std::string& path, const R& record) {
      if (when(record)) write(w, path, record);
    };
    return std::move(*this);
  }
};

// The keys of one TOML table, in the order they are read and written.
template <class R>
struct Table {
  using Check =
      std::function<void(Problems&, const toml::table& table, const std::string& prefix, R&)>;
  Table(std::vector<Key<R>> keys_in_order, Check check_after = nullptr)
      : keys(std::move(keys_in_order)), check(std::move(check_after)) {}

  // Reads the keys in this order (key names), not the written one: the order problems are
  // listed in, which predates `config show`'s layout and which transcripts pin.
  Table&& read_in_order(std::vector<std::string> names) && {
    read_order = std::move(names);
    return std::move(*this);
  }

  std::vector<Key<R>> keys;
  // Checks across the table's keys, after they are read (start before end, say).
  Check check;
  std::vector<std::string> read_order;  // empty: the written order
};

// Every dotted key the table knows, tables and what they hold.
template <class R>
std::vector<std::string> key_paths(const Table<R>& table) {
  std::vector<std::string> paths;
  for (const auto& key : table.keys) {
    paths.push_back(key.name);
    for (const auto& inner : key.inner) paths.push_back(key.name + "." + inner);
  }
  return paths;
}

// Refuses keys the table does not know, then reads each key, then the checks across them.
template <class R>
void read_table(Problems& problems, const toml::table& table, const std::string& prefix,
                const Table<R>& keys, R& record) {
  std::vector<const Key<R>*> in_order;
  for (const auto& key : keys.keys) in_order.push_back(&key);
  if (!keys.read_order.empty()) {
    in_order.clear();
    for (const auto& name : keys.read_order)
      for (const auto& key : keys.keys)
        if (key.name == name) in_order.push_back(&key);
  }
  // In reading order too, as the first of equally near misses is the one suggested.
  std::vector<std::string> known;
  for (const Key<R>* key : in_order) known.push_back(key->name);
  problems.refuse_unknown(table, prefix, known);
  for (const Key<R>* key : in_order)
    if (!key->read(problems, table, prefix, record) && key->last_if_refused) return;
  if (keys.check) keys.check(problems, table, prefix, record);
}

template <class R>
void write_keys(TomlWriter& w, const std::string& path, const Table<R>& keys, const R& record) {
  for (const auto& key : keys.keys) key.write(w, path, record);
}

namespace detail {

template <class R>
bool has_value_lines(const Table<R>& keys) {
  return std::any_of(keys.keys.begin(), keys.keys.end(), [](const Key<R>& k) { return !k.headed; });
}

// A sub-table's record reached from its parent's: a member, or the parent record itself.
template <class R, class S>
struct Reach {
  S R::*member = nullptr;  // unused when S is R
  template <class Record>  // R or const R
  auto& operator()(Record& r) const {
    if constexpr (std::is_same_v<R, S>)
      return r;
    else
      return r.*member;
  }
};

template <class R, class S>
Key<R> headed_table(std::string name, Reach<R, S> reach, Table<S> keys, std::string not_a_table) {
  Key<R> key;
  key.name = name;
  key.headed = true;
  key.inner = key_paths(keys);
  key.read = [=](Problems& problems, const toml::table& table, const std::string& prefix,
                 R& record) {
    const toml::node* node = table.get(name);
    if (!node) return true;
    const toml::table* t = node->as_table();
    if (!t) {
      problems.add(*node, prefix + name,
                   not_a_table.empty() ? "must be a table ([" + prefix + name + "])" : not_a_table);
      return false;
    }
    read_table(problems, *t, prefix + name + ".", keys, reach(record));
    return true;
  };
  key.write = [=](TomlWriter& w, const std::string& path, const R& record) {
    std::string here = dotted(path, name);
    if (has_value_lines(keys)) w.header(here);
    write_keys(w, here, keys, reach(record));
  };
  return key;
}

}  // namespace detail

// [name]: a table of its own whose settings are the record's `member`. A table that holds only
// tables ([audit] holding [audit.expenses]) gets no header of its own.
template <class R, class S>
Key<R> table(std::string name, S R::*member, Table<S> keys, std::string not_a_table = "") {
  return detail::headed_table(std::move(name), detail::Reach<R, S>{member}, std::move(keys),
                              std::move(not_a_table));
}

// [name]: a table of its own whose settings are members of the record itself.
template <class R>
Key<R> table(std::string name, Table<R> keys, std::string not_a_table = "") {
  return detail::headed_table(std::move(name), detail::Reach<R, R>{}, std::move(keys),
                              std::move(not_a_table));
}

// name = { key = value, ... }: an inline table of settings of the record itself.
template <class R>
Key<R> inline_table(std::string name, Table<R> keys) {
  Key<R> key;
  key.name = name;
  key.inner = key_paths(keys);
  key.read = [=](Problems& problems, const toml::table& table, const std::string& prefix,
                 R& record) {
    const toml::node* node = table.get(name);
    if (!node) return true;
    const toml::table* t = node->as_table();
    if (!t) {
      problems.add(*node, prefix + name, "must be a table");
      return false;
    }
    read_table(problems, *t, prefix + name + ".", keys, record);
    return true;
  };
  key.write = [=](TomlWriter& w, const std::string&, const R& record) {
    TomlWriter inner = TomlWriter::for_inline_table();
    write_keys(inner, "", keys, record);
    w.value(name, inner.inline_text());
  };
  return key;
}

// Whether an entry read from the file is kept (`key`: what the entry is called, "signposting" or
// "reports.monthly"); says why not to `problems` when not.
template <class S>
using KeepEntry = std::function<bool(Problems&, const toml::table& entry, const std::string& key,
                                     const S& record)>;

// What is said of an array of tables that is not one, and of an entry that is not a table.
struct ArrayWording {
  std::string not_an_array = "must be an array of tables";
  std::string entry_not_a_table = "each entry must be a table";
};

// A key headed by its own table(s): `entry` stands for each entry in the inner keys' paths
// ("[]" for an array's, "*" for a name's).
template <class R, class S>
Key<R> headed_key(const std::string& name, const Table<S>& keys, std::string_view entry) {
  Key<R> key;
  key.name = name;
  key.headed = true;
  for (const auto& inner : key_paths(keys)) key.inner.push_back(std::string(entry) + "." + inner);
  return key;
}

// Reads one entry's table (called `key`) into `value`, on the defaults it holds, and adds it to
// `list` unless `keep` says not.
template <class S>
void read_entry(Problems& problems, const toml::table& t, const std::string& key,
                const Table<S>& keys, S value, const KeepEntry<S>& keep, std::vector<S>& list) {
  read_table(problems, t, key + ".", keys, value);
  if (!keep || keep(problems, t, key, value)) list.push_back(std::move(value));
}

// [[name]]: entries of the record's `member`, each a table of `keys`; the file's list replaces
// the default one.
template <class R, class S>
Key<R> table_array(std::string name, std::vector<S> R::*member, Table<S> keys,
                   ArrayWording wording = {}, KeepEntry<S> keep = nullptr) {
  Key<R> key = headed_key<R>(name, keys, "[]");
  key.read = [=](Problems& problems, const toml::table& table, const std::string& prefix,
                 R& record) {
    const toml::node* node = table.get(name);
    if (!node) return true;
    const toml::array* entries = node->as_array();
    if (!entries) {
      problems.add(*node, prefix + name, wording.not_an_array);
      return false;
    }
    auto& list = record.*member;
    list.clear();
    for (const toml::node& entry : *entries) {
      const toml::table* t = entry.as_table();
      if (!t) {
        problems.add(entry, prefix + name, wording.entry_not_a_table);
        continue;
      }
      read_entry(problems, *t, prefix + name, keys, S{}, keep, list);
    }
    return true;
  };
  key.write = [=](TomlWriter& w, const std::string& path, const R& record) {
    for (const S& value : record.*member) {
      w.header(dotted(path, name), true);
      write_keys(w, dotted(path, name), keys, value);
    }
  };
  return key;
}

// [name."NAME"]: one table of `keys` per name, each an entry of the record's `member` with its
// name in `name_member`.
template <class R, class S>
Key<R> named_tables(std::string name, std::vector<S> R::*member, std::string S::*name_member,
                    Table<S> keys, KeepEntry<S> keep = nullptr) {
  Key<R> key = headed_key<R>(name, keys, "*");
  key.read = [=](Problems& problems, const toml::table& table, const std::string& prefix,
                 R& record) {
    const toml::node* node = table.get(name);
    if (!node) return true;
    const toml::table* all = node->as_table();
    if (!all) {
      problems.add(*node, prefix + name, "must be a table ([" + prefix + name + "])");
      return false;
    }
    for (const auto& [entry_name, entry] : *all) {
      std::string entry_key = prefix + name + "." + std::string(entry_name.str());
      const toml::table* t = entry.as_table();
      if (!t) {
        problems.add(entry, entry_key, "must be a table");
        continue;
      }
      S value;
      value.*name_member = std::string(entry_name.str());
      read_entry(problems, *t, entry_key, keys, std::move(value), keep, record.*member);
    }
    return true;
  };
  key.write = [=](TomlWriter& w, const std::string& path, const R& record) {
    for (const S& value : record.*member) {
      std::string here = dotted(path, name) + "." + toml_string(value.*name_member);
      w.header(here);
      write_keys(w, here, keys, value);
    }
  };
  return key;
}

}  // namespace clerk::config
