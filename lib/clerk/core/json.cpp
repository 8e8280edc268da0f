#include "clerk/core/json.hpp"

#include <cstdio>

#include "clerk/core/error.hpp"
#include "clerk/core/text.hpp"

namespace clerk::json {
namespace {

// RFC 8259 §9 lets a parser limit nesting; 256 is far beyond any file clerk reads and keeps
// the recursive descent well clear of the stack limit on hostile input.
constexpr int kMaxDepth = 256;

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Names a byte for a message: printable ASCII as itself, anything else as hex.
std::string describe_byte(char c) {
  auto u = static_cast<unsigned char>(c);
  if (u > 0x20 && u < 0x7F) return "'" + std::string(1, c) + "'";
  char buf[8];
  std::snprintf(buf, sizeof buf, "0x%02X", u);
  return buf;
}

void append_utf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += char(cp);
  } else if (cp < 0x800) {
    out += char(0xC0 | (cp >> 6));
    out += char(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += char(0xE0 | (cp >> 12));
    out += char(0x80 | ((cp >> 6) & 0x3F));
    out += char(0x80 | (cp & 0x3F));
  } else {
    out += char(0xF0 | (cp >> 18));
    out += char(0x80 | ((cp >> 12) & 0x3F));
    out += char(0x80 | ((cp >> 6) & 0x3F));
    out += char(0x80 | (cp & 0x3F));
  }
}

std::string kind_name(const Value& v) {
  if (v.is_null()) return "null";
  if (v.is_object()) return "an object";
  if (v.is_array()) return "an array";
  if (v.is_string()) return "a string";
  if (std::holds_alternative<bool>(v.data)) return "true or false";
  return "a number";
}

Error wrong_kind(const Value& v, std::string_view expected) {
  return Error(ErrorKind::bad_data, "expected " + std::string(expected) + ", found " + kind_name(v))
      .line(v.line);
}

class Parser {
 public:
  Parser(std::string_view text, std::string_view source) : text_(text), source_(source) {}

  Value document() {
    // RFC 8259 §8.1 lets a parser ignore a byte order mark; Windows editors add one.
    if (text_.starts_with("\xEF\xBB\xBF")) pos_ = 3;
    skip_blanks();
    Value v = value(0);
    skip_blanks();
    if (!at_end()) fail("unexpected " + describe_byte(peek()) + " after the JSON value");
    return v;
  }

 private:
  [[noreturn]] void fail(std::string what) const {
    throw Error(ErrorKind::bad_data, std::move(what)).source(std::string(source_)).line(line_);
  }
  bool at_end() const { return pos_ >= text_.size(); }
  char peek() const { return text_[pos_]; }
  bool consume(char c) {
    if (at_end() || peek() != c) return false;
    ++pos_;
    return true;
  }
  bool consume_digits() {
    size_t start = pos_;
    while (!at_end() && is_digit(peek())) ++pos_;
    return pos_ > start;
  }

  // RFC 8259 §2: only space, tab, line feed and carriage return separate tokens.
  void skip_blanks() {
    for (; !at_end(); ++pos_) {
      char c = peek();
      if (c == '\n') {
        ++line_;
      } else if (c != ' ' && c != '\t' && c != '\r') {
        return;
      }
    }
  }

  Value value(int depth) {
    if (at_end()) fail("unexpected end of input, expected a value");
    Value v;
    v.line = line_;
    switch (peek()) {
      case '{':
        v.data = object(depth + 1);
        break;
      case '[':
        v.data = array(depth + 1);
        break;
      case '"':
        v.data = string();
        break;
      case 't':
        literal("true");
        v.data = true;
        break;
      case 'f':
        literal("false");
        v.data = false;
        break;
      case 'n':
        literal("null");
        break;
      default:
        v.data = number();
        break;
    }
    return v;
  }

  void literal(std::string_view word) {
    if (!text_.substr(pos_).starts_with(word)) fail("unexpected " + describe_byte(peek()));
    pos_ += word.size();
  }

  void check_depth(int depth) const {
    if (depth > kMaxDepth) fail("nesting deeper than " + std::to_string(kMaxDepth) + " levels");
  }

  std::shared_ptr<Object> object(int depth) {
    check_depth(depth);
    ++pos_;
    auto out = std::make_shared<Object>();
    skip_blanks();
    if (consume('}')) return out;
    while (true) {
      skip_blanks();
      if (at_end() || peek() != '"') fail("expected a member name in double quotes");
      std::string key = string();
      skip_blanks();
      if (!consume(':')) fail("expected ':' after a member name");
      skip_blanks();
      Value member = value(depth);
      out->emplace_back(std::move(key), std::move(member));
      skip_blanks();
      if (consume('}')) return out;
      if (!consume(',')) fail("expected ',' or '}' in an object");
    }
  }

  std::shared_ptr<Array> array(int depth) {
    check_depth(depth);
    ++pos_;
    auto out = std::make_shared<Array>();
    skip_blanks();
    if (consume(']')) return out;
    while (true) {
      skip_blanks();
      out->push_back(value(depth));
      skip_blanks();
      if (consume(']')) return out;
      if (!consume(',')) fail("expected ',' or ']' in an array");
    }
  }

  std::string string() {
    ++pos_;
    std::string out;
    while (true) {
      // Copy the run up to the next quote, escape or control byte; such a run can only hold a
      // truncated UTF-8 sequence if it is invalid on its own, since those three are ASCII.
      size_t start = pos_;
      while (!at_end() && peek() != '"' && peek() != '\\' &&
             static_cast<unsigned char>(peek()) >= 0x20)
        ++pos_;
      std::string_view run = text_.substr(start, pos_ - start);
      if (!text::valid_utf8(run)) fail("invalid UTF-8 in a string");
      out += run;
      if (at_end()) fail("unterminated string");
      char c = text_[pos_++];
      if (c == '"') return out;
      // RFC 8259 §7: control characters U+0000 to U+001F must be escaped.
      if (c != '\\') fail("unescaped control character " + describe_byte(c) + " in a string");
      if (at_end()) fail("unterminated string");
      char e = text_[pos_++];
      switch (e) {
        case '"':
          out += '"';
          break;
        case '\\':
          out += '\\';
          break;
        case '/':
          out += '/';
          break;
        case 'b':
          out += '\b';
          break;
        case 'f':
          out += '\f';
          break;
        case 'n':
          out += '\n';
          break;
        case 'r':
          out += '\r';
          break;
        case 't':
          out += '\t';
          break;
        case 'u':
          append_utf8(out, escaped_code_point());
          break;
        default:
          fail("invalid escape \\" + std::string(1, e) + " in a string");
      }
    }
  }

  uint32_t hex4() {
    uint32_t v = 0;
    for (int i = 0; i < 4; ++i, ++pos_) {
      char c = at_end() ? '\0' : peek();
      int digit = is_digit(c)              ? c - '0'
                  : (c >= 'a' && c <= 'f') ? c - 'a' + 10
                  : (c >= 'A' && c <= 'F') ? c - 'A' + 10
                                           : -1;
      if (digit < 0) fail("\\u must be followed by four hex digits");
      v = v * 16 + uint32_t(digit);
    }
    return v;
  }

  // RFC 8259 §7: a character outside the Basic Multilingual Plane is escaped as a UTF-16
  // surrogate pair; a lone surrogate names no character and cannot become UTF-8.
  uint32_t escaped_code_point() {
    uint32_t cp = hex4();
    if (cp >= 0xDC00 && cp <= 0xDFFF) fail("\\u escape is a lone low surrogate");
    if (cp < 0xD800 || cp > 0xDBFF) return cp;
    if (!text_.substr(pos_).starts_with("\\u")) fail("\\u escape is a lone high surrogate");
    pos_ += 2;
    uint32_t low = hex4();
    if (low < 0xDC00 || low > 0xDFFF) fail("\\u escape is a lone high surrogate");
    return 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
  }

  // RFC 8259 §6: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)? — no NaN, no leading zeros.
  Value::Number number() {
    size_t start = pos_;
    consume('-');
    if (at_end() || !is_digit(peek())) {
      if (at_end()) fail("unexpected end of input, expected a value");
      fail("unexpected " + describe_byte(peek()));
    }
    if (consume('0')) {
      if (!at_end() && is_digit(peek())) fail("leading zeros are not allowed in a number");
    } else {
      consume_digits();
    }
    if (consume('.') && !consume_digits()) fail("expected digits after the decimal point");
    if (consume('e') || consume('E')) {
      if (!consume('+')) consume('-');
      if (!consume_digits()) fail("expected digits in the exponent");
    }
    return {std::string(text_.substr(start, pos_ - start))};
  }

  std::string_view text_;
  std::string_view source_;
  size_t pos_ = 0;
  int line_ = 1;
};

}  // namespace

const Object& Value::object() const {
  if (!is_object()) throw wrong_kind(*this, "an object");
  return *std::get<std::shared_ptr<Object>>(data);
}

const Array& Value::array() const {
  if (!is_array()) throw wrong_kind(*this, "an array");
  return *std::get<std::shared_ptr<Array>>(data);
}

const std::string& Value::string() const {
  if (!is_string()) throw wrong_kind(*this, "a string");
  return std::get<std::string>(data);
}

const Value* Value::find(std::string_view key) const {
  // With duplicate names the last wins, as in jq, JavaScript and Python.
  const Object& members = object();
  for (auto it = members.rbegin(); it != members.rend(); ++it)
    if (it->first == key) return &it->second;
  return nullptr;
}

Value parse(std::string_view text, std::string_view source) {
  return Parser(text, source).document();
}

}  // namespace clerk::json
