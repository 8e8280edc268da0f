#include "clerk/db/placeholders.hpp"

#include <cctype>

namespace clerk::db {
namespace {

bool name_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }
bool digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

}  // namespace

RewrittenSql rewrite_placeholders(std::string_view sql) {
  RewrittenSql out;
  out.sql.reserve(sql.size() + 8);
  auto number = [&](int n, std::string name) {
    if (n > out.count) {
      out.count = n;
      out.names.resize(size_t(n));
    }
    if (!name.empty()) out.names[size_t(n - 1)] = std::move(name);
    out.sql += "$" + std::to_string(n);
  };
  size_t i = 0;
  while (i < sql.size()) {
    const char c = sql[i];
    if (c == '\'' || c == '"') {
      // Quoted text or name; a doubled quote inside stands for itself.
      size_t end = i + 1;
      while (end < sql.size()) {
        if (sql[end] == c) {
          if (end + 1 < sql.size() && sql[end + 1] == c) {
            end += 2;
            continue;
          }
          break;
        }
        ++end;
      }
      end = end < sql.size() ? end + 1 : end;
      out.sql.append(sql.substr(i, end - i));
      i = end;
    } else if (c == '-' && i + 1 < sql.size() && sql[i + 1] == '-') {
      size_t end = sql.find('\n', i);
      end = end == std::string_view::npos ? sql.size() : end;
      out.sql.append(sql.substr(i, end - i));
      i = end;
    } else if (c == '/' && i + 1 < sql.size() && sql[i + 1] == '*') {
      size_t end = sql.find("*/", i + 2);
      end = end == std::string_view::npos ? sql.size() : end + 2;
      out.sql.append(sql.substr(i, end - i));
      i = end;
    } else if (c == ':' && i + 1 < sql.size() && sql[i + 1] == ':') {
      out.sql += "::";  // a cast, not a parameter
      i += 2;
    } else if (c == '?') {
      size_t end = i + 1;
      while (end < sql.size() && digit(sql[end])) ++end;
      if (end > i + 1)
        number(std::stoi(std::string(sql.substr(i + 1, end - i - 1))), {});
      else
        number(out.count + 1, {});
      i = end;
    } else if ((c == ':' || c == '@' || c == '$') && i + 1 < sql.size() && name_char(sql[i + 1]) &&
               !(c == '$' && digit(sql[i + 1]))) {
      size_t end = i + 1;
      while (end < sql.size() && name_char(sql[end])) ++end;
      std::string name(sql.substr(i, end - i));
      int n = 0;
      for (size_t k = 0; k < out.names.size(); ++k)
        if (out.names[k] == name) n = int(k) + 1;
      number(n ? n : out.count + 1, name);
      i = end;
    } else {
      out.sql += c;
      ++i;
    }
  }
  return out;
}

}  // namespace clerk::db
