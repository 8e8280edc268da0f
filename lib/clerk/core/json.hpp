// A small strict JSON reader (RFC 8259) for the files clerk imports; writing JSON is render's job.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace clerk::json {

struct Value;
using Array = std::vector<Value>;
using Object = std::vector<std::pair<std::string, Value>>;  // in document order

struct Value {
  // Numbers keep their source text so integers of any size and decimals are read exactly.
  struct Number {
    std::string text;
  };
  std::variant<std::nullptr_t, bool, Number, std::string, std::shared_ptr<Array>,
               std::shared_ptr<Object>>
      data = nullptr;
  int line = 0;  // where the value starts, for error messages

  bool is_null() const { return std::holds_alternative<std::nullptr_t>(data); }
  bool is_object() const { return std::holds_alternative<std::shared_ptr<Object>>(data); }
  bool is_array() const { return std::holds_alternative<std::shared_ptr<Array>>(data); }
  bool is_string() const { return std::holds_alternative<std::string>(data); }
  const Object& object() const;  // Error{bad_data} with the line when not an object
  const Array& array() const;
  const std::string& string() const;
  // The member named `key`, or nullptr.
  const Value* find(std::string_view key) const;
};

// Parses a whole document; Error{bad_data} with `source` and line on malformed input
// (also on invalid UTF-8, duplicate-free is not required, nesting deeper than 256).
Value parse(std::string_view text, std::string_view source);

}  // namespace clerk::json
