// The kinds of single setting (text, whole numbers, amounts, times, lists of words...): how each
// reads a TOML value, with the checks it makes, and writes it back; one table line per key.
#pragma once

#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "clerk/config/key_table.hpp"
#include "clerk/core/money.hpp"
#include "clerk/core/text.hpp"
#include "clerk/core/word_enum.hpp"

namespace clerk::config {

// How a setting of type T is read from a TOML value and written back.
template <class T>
struct ValueKind {
  // The value to set from `node` (named `key`), after saying what is wrong with it if anything;
  // nullopt (the value refused whole) keeps the default.
  std::function<std::optional<T>(Problems&, const toml::node& node, const std::string& key)> read;
  std::function<std::string(const T&)> write;
};

// `name = value`: the record's `member`, of the given kind.
template <class R, class T>
Key<R> setting(std::string name, T R::*member, ValueKind<T> kind) {
  Key<R> key;
  key.name = name;
  key.read = [=](Problems& problems, const toml::table& table, const std::string& prefix,
                 R& record) {
    const toml::node* node = table.get(name);
    if (!node) return true;
    auto value = kind.read(problems, *node, prefix + name);
    if (value) record.*member = std::move(*value);
    return value.has_value();
  };
  key.write = [=](TomlWriter& w, const std::string&, const R& record) {
    w.value(name, kind.write(record.*member));
  };
  return key;
}

// What is wrong with a text setting's value, or nullopt when it is acceptable.
using TextCheck = std::function<std::optional<std::string>(const std::string&)>;

ValueKind<std::string> text_kind(TextCheck check);
ValueKind<int> whole_kind(int lo, int hi);
ValueKind<bool> flag_kind();
// `example` shows the form wanted ("25.00"); `positive` refuses zero and below.
ValueKind<Money> money_kind(std::string example, bool positive);
ValueKind<int> clock_time_kind();                   // "HH:MM" as minutes after midnight
ValueKind<std::vector<unsigned>> weekdays_kind();   // ["mon", ...] as ISO weekday numbers
ValueKind<std::vector<std::string>> names_kind();   // non-empty, distinct, at least one
ValueKind<std::vector<int>> percentages_kind();     // [80, 100], kept in order
ValueKind<std::filesystem::path> directory_kind();  // a directory's path as a string
ValueKind<unsigned> file_mode_kind();               // "0640"

template <class E>
ValueKind<E> word_kind() {
  return {[](Problems& problems, const toml::node& node, const std::string& key) {
            auto text = node.value<std::string>();
            auto value = text ? find_word<E>(*text) : std::nullopt;
            if (!value)
              problems.add(node, key,
                           text ? not_one_of_text(*text, words<E>())
                                : "must be one of " + text::join(words<E>(), ", "));
            return value;
          },
          [](const E& value) { return toml_string(word(value)); }};
}

template <class R>
Key<R> text(std::string name, std::string R::*member, TextCheck check = nullptr) {
  return setting(std::move(name), member, text_kind(std::move(check)));
}

template <class R>
Key<R> whole(std::string name, int R::*member, int lo, int hi) {
  return setting(std::move(name), member, whole_kind(lo, hi));
}

template <class R>
Key<R> flag(std::string name, bool R::*member) {
  return setting(std::move(name), member, flag_kind());
}

template <class R>
Key<R> money(std::string name, Money R::*member, std::string example, bool positive = false) {
  return setting(std::move(name), member, money_kind(std::move(example), positive));
}

template <class R>
Key<R> clock_time(std::string name, int R::*member) {
  return setting(std::move(name), member, clock_time_kind());
}

template <class R>
Key<R> weekdays(std::string name, std::vector<unsigned> R::*member) {
  return setting(std::move(name), member, weekdays_kind());
}

template <class R>
Key<R> names(std::string name, std::vector<std::string> R::*member) {
  return setting(std::move(name), member, names_kind());
}

template <class R>
Key<R> percentages(std::string name, std::vector<int> R::*member) {
  return setting(std::move(name), member, percentages_kind());
}

// Left out of `config show` when empty (the default place applies).
template <class R>
Key<R> directory(std::string name, std::filesystem::path R::*member) {
  return setting(std::move(name), member, directory_kind()).written_if([member](const R& record) {
    return !(record.*member).empty();
  });
}

template <class R>
Key<R> file_mode(std::string name, unsigned R::*member) {
  return setting(std::move(name), member, file_mode_kind());
}

// One of the words of the enumeration E.
template <class R, class E>
Key<R> one_of(std::string name, E R::*member) {
  return setting(std::move(name), member, word_kind<E>());
}

// Text left out of `config show` when empty (it reads back as empty).
template <class R>
Key<R> optional_text(std::string name, std::string R::*member, TextCheck check = nullptr) {
  return text(std::move(name), member, std::move(check)).written_if([member](const R& record) {
    return !(record.*member).empty();
  });
}

}  // namespace clerk::config
