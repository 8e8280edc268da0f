#include "clerk/db/postgres_dialect.hpp"

#include <cctype>
#include <vector>

#include "clerk/core/text.hpp"

namespace clerk::db {
namespace {

enum class Kind { space, word, quoted, comment, other };

struct Token {
  Kind kind;
  std::string text;
};

bool word_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '$' || c == '.';
}

std::vector<Token> tokenize(std::string_view sql) {
  std::vector<Token> out;
  size_t i = 0;
  while (i < sql.size()) {
    const char c = sql[i];
    size_t end = i + 1;
    Kind kind = Kind::other;
    if (std::isspace(static_cast<unsigned char>(c))) {
      while (end < sql.size() && std::isspace(static_cast<unsigned char>(sql[end]))) ++end;
      kind = Kind::space;
    } else if (c == '\'' || c == '"') {
      while (end < sql.size()) {
        if (sql[end] == c) {
          if (end + 1 < sql.size() && sql[end + 1] == c) {
            end += 2;
            continue;
          }
          ++end;
          break;
        }
        ++end;
      }
      kind = Kind::quoted;
    } else if (c == '-' && i + 1 < sql.size() && sql[i + 1] == '-') {
      end = sql.find('\n', i);
      end = end == std::string_view::npos ? sql.size() : end;
      kind = Kind::comment;
    } else if (c == '/' && i + 1 < sql.size() && sql[i + 1] == '*') {
      end = sql.find("*/", i + 2);
      end = end == std::string_view::npos ? sql.size() : end + 2;
      kind = Kind::comment;
    } else if (word_char(c)) {
      while (end < sql.size() && word_char(sql[end])) ++end;
      kind = Kind::word;
    } else if ((c == '<' || c == '>' || c == '!') && end < sql.size() &&
               (sql[end] == '=' || sql[end] == '>')) {
      ++end;  // <=, >=, <>, !=
    }
    out.push_back({kind, std::string(sql.substr(i, end - i))});
    i = end;
  }
  return out;
}

bool is_word(const Token& t, std::string_view upper) {
  return t.kind == Kind::word && text::upper(t.text) == upper;
}

bool comparison(const Token& t) {
  return t.kind == Kind::other &&
         (t.text == "=" || t.text == "==" || t.text == "<>" || t.text == "!=" || t.text == "<" ||
          t.text == ">" || t.text == "<=" || t.text == ">=");
}

bool operand(const Token& t) { return t.kind == Kind::word || t.kind == Kind::quoted; }

// The index of the nearest token before `i` that is not a space or comment, or -1.
long previous(const std::vector<Token>& tokens, long i) {
  for (--i; i >= 0; --i)
    if (tokens[size_t(i)].kind != Kind::space && tokens[size_t(i)].kind != Kind::comment) return i;
  return -1;
}

long next(const std::vector<Token>& tokens, long i) {
  for (++i; i < long(tokens.size()); ++i)
    if (tokens[size_t(i)].kind != Kind::space && tokens[size_t(i)].kind != Kind::comment) return i;
  return -1;
}

}  // namespace

std::string to_postgres_dialect(std::string_view sql) {
  std::vector<Token> tokens = tokenize(sql);
  for (long i = 0; i < long(tokens.size()); ++i) {
    Token& t = tokens[size_t(i)];
    if (is_word(t, "LIKE")) {
      t.text = "ILIKE";
    } else if (is_word(t, "IFNULL") && next(tokens, i) >= 0 &&
               tokens[size_t(next(tokens, i))].text == "(") {
      t.text = "coalesce";
    } else if (is_word(t, "INSTR") && next(tokens, i) >= 0 &&
               tokens[size_t(next(tokens, i))].text == "(") {
      t.text = "strpos";  // the same arguments: the text, then what to find in it
    } else if (is_word(t, "GROUP_CONCAT") && next(tokens, i) >= 0 &&
               tokens[size_t(next(tokens, i))].text == "(") {
      t.text = "string_agg";  // the stores give it text and a separator, as string_agg needs
    } else if (is_word(t, "NOT") && next(tokens, i) >= 0 &&
               is_word(tokens[size_t(next(tokens, i))], "INDEXED")) {
      // A hint to SQLite's planner (`FROM t NOT INDEXED`); PostgreSQL's plans its own way.
      for (long k = i; k <= next(tokens, i); ++k) tokens[size_t(k)].text.clear();
    } else if (is_word(t, "COLLATE")) {
      long n = next(tokens, i);
      long b = previous(tokens, i);
      if (n < 0 || !is_word(tokens[size_t(n)], "NOCASE") || b < 0 || !operand(tokens[size_t(b)]))
        continue;
      // Drop "COLLATE NOCASE" (and the space before it), lower the operand(s).
      for (long k = b + 1; k <= n; ++k) tokens[size_t(k)].text.clear();
      tokens[size_t(b)].text = "lower(" + tokens[size_t(b)].text + ")";
      long op = previous(tokens, b);
      long a = op >= 0 ? previous(tokens, op) : -1;
      if (op >= 0 && comparison(tokens[size_t(op)]) && a >= 0 && operand(tokens[size_t(a)]))
        tokens[size_t(a)].text = "lower(" + tokens[size_t(a)].text + ")";
    }
  }
  std::string out;
  out.reserve(sql.size() + 16);
  for (const Token& t : tokens) out += t.text;
  return out;
}

}  // namespace clerk::db
