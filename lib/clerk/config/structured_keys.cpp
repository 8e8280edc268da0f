#include "clerk/config/structured_keys.hpp"

#include <optional>
#include <utility>
#include <vector>

#include "clerk/core/text.hpp"

namespace clerk::config {
namespace {

std::optional<std::string> string_at(Problems& problems, const toml::table& t,
                                     const std::string& prefix, const char* key) {
  const toml::node* n = t.get(key);
  if (!n) return std::nullopt;
  auto v = n->value<std::string>();
  if (!v) problems.add(*n, prefix + key, "must be a string");
  return v;
}

}  // namespace

// An entry without a good date is skipped whole: its title and nation mean nothing alone.
Key<Holidays> extra_holidays(std::string name) {
  Key<Holidays> key;
  key.name = name;
  key.headed = true;
  key.inner = {"[].date", "[].title", "[].nation"};
  key.read = [name](Problems& problems, const toml::table& table, const std::string& prefix,
                    Holidays& holidays) {
    const toml::node* n = table.get(name);
    if (!n) return true;
    const std::string field = prefix + name, p = field + ".";
    const toml::array* items = n->as_array();
    if (!items) {
      problems.add(*n, field, "must be an array of tables");
      return false;
    }
    for (const toml::node& item : *items) {
      const toml::table* h = item.as_table();
      if (!h) {
        problems.add(item, field, "each entry must be a table {date, title}");
        continue;
      }
      problems.refuse_unknown(*h, p, {"date", "title", "nation"});
      Holiday holiday;
      holiday.source = "config";
      holiday.nation = holidays.nation;
      auto date = h->get("date") ? h->get("date")->value<std::string>() : std::nullopt;
      auto parsed = date ? Date::try_parse_iso(*date) : std::nullopt;
      if (!parsed) {
        problems.add(item, p + "date", "must be a date string YYYY-MM-DD");
        continue;
      }
      holiday.date = *parsed;
      if (auto title = string_at(problems, *h, p, "title")) holiday.title = *title;
      if (holiday.title.empty()) holiday.title = "Office holiday";
      if (const toml::node* nn = h->get("nation")) {
        auto v = nn->value<std::string>();
        auto nation = v ? find_word<Nation>(*v) : std::nullopt;
        if (!nation)
          problems.add(*nn, p + "nation", "unknown nation");
        else
          holiday.nation = *nation;
      }
      holidays.extra.push_back(holiday);
    }
    return true;
  };
  // Written against [holidays] with no blank line between, as one block.
  key.write = [name](TomlWriter& w, const std::string& path, const Holidays& holidays) {
    for (const auto& h : holidays.extra) {
      w.header(dotted(path, name), true, true);
      w.value("date", toml_string(h.date.iso()));
      w.value("title", toml_string(h.title));
      w.value("nation", toml_string(word(h.nation)));
    }
  };
  return key;
}

Key<Expenses> expense_categories(std::string name) {
  Key<Expenses> key;
  key.name = name;
  key.headed = true;
  key.inner = {"*"};
  key.read = [name](Problems& problems, const toml::table& table, const std::string& prefix,
                    Expenses& expenses) {
    const toml::node* n = table.get(name);
    if (!n) return true;
    const toml::table* items = n->as_table();
    if (!items || items->empty()) {
      problems.add(*n, prefix + name, "must be a table: category = \"BUDGET-CODE\"");
      return false;
    }
    expenses.categories.clear();
    for (auto&& [k, v] : *items) {
      auto code = v.value<std::string>();
      if (!code || !valid_budget_code(*code))
        problems.add(v, prefix + name + "." + std::string(k.str()),
                     "must be a budget code: letters, digits, '.', '_' or '-'");
      else
        expenses.categories.push_back({std::string(k.str()), text::upper(*code)});
    }
    return true;
  };
  key.write = [name](TomlWriter& w, const std::string& path, const Expenses& expenses) {
    w.header(dotted(path, name));
    for (const auto& category : expenses.categories)
      w.value(toml_string(category.name), toml_string(category.budget));
  };
  return key;
}

Key<Expenses> import_columns(std::string name) {
  Key<Expenses> key;
  key.name = name;
  key.headed = true;
  for (const auto& field : expense_import_fields()) key.inner.push_back(field);
  key.read = [name](Problems& problems, const toml::table& table, const std::string& prefix,
                    Expenses& expenses) {
    const toml::node* n = table.get(name);
    if (!n) return true;
    const std::string p = prefix + name + ".";
    const toml::table* columns = n->as_table();
    if (!columns) {
      problems.add(*n, prefix + name, "must be a table: field = \"Header\"");
      return false;
    }
    problems.refuse_unknown(*columns, p, expense_import_fields());
    for (auto&& [k, v] : *columns) {
      auto header = v.value<std::string>();
      if (!header || header->empty())
        problems.add(v, p + std::string(k.str()), "must be the column's header text");
      else
        expenses.import_columns.emplace_back(std::string(k.str()), *header);
    }
    return true;
  };
  key.write = [name](TomlWriter& w, const std::string& path, const Expenses& expenses) {
    if (expenses.import_columns.empty()) return;
    w.header(dotted(path, name));
    for (const auto& [field, header] : expenses.import_columns) w.value(field, toml_string(header));
  };
  return key;
}

// A rule's direction defaults by its class: money in for payments in, out for the rest.
Key<Statement> statement_rules(std::string name) {
  Key<Statement> key;
  key.name = name;
  key.headed = true;
  key.inner = {"[].class", "[].match", "[].direction"};
  key.read = [name](Problems& problems, const toml::table& table, const std::string& prefix,
                    Statement& statement) {
    const toml::node* n = table.get(name);
    if (!n) return true;
    const std::string field = prefix + name, p = field + ".";
    const toml::array* items = n->as_array();
    if (!items) {
      problems.add(*n, field, "must be an array of tables ([[" + field + "]])");
      return false;
    }
    statement.rules.clear();
    for (const toml::node& item : *items) {
      const toml::table* r = item.as_table();
      if (!r) {
        problems.add(item, field, "each rule must be a table {class, match, direction}");
        continue;
      }
      problems.refuse_unknown(*r, p, {"class", "match", "direction"});
      StatementRule rule;
      std::string cls = string_at(problems, *r, p, "class").value_or("");
      auto parsed = find_word<StatementClass>(cls);
      if (!parsed)
        problems.add(item, p + "class", not_one_of_text(cls, words<StatementClass>()));
      else
        rule.cls = *parsed;
      rule.direction = rule.cls == StatementClass::payment_in ? Direction::in : Direction::out;
      std::string direction = string_at(problems, *r, p, "direction").value_or("");
      if (auto d = find_word<Direction>(direction))
        rule.direction = *d;
      else if (!direction.empty())
        problems.add(*r->get("direction"), p + "direction",
                     not_one_of_text(direction, words<Direction>()));
      const toml::node* m = r->get("match");
      if (m && m->is_string()) {
        rule.match.push_back(text::upper(*m->value<std::string>()));
      } else if (m && m->is_array()) {
        for (const toml::node& word : *m->as_array())
          if (auto v = word.value<std::string>(); v && !v->empty())
            rule.match.push_back(text::upper(*v));
          else
            problems.add(word, p + "match", "each entry must be non-empty text");
      }
      if (rule.match.empty()) problems.add(item, p + "match", "needs the text to look for");
      statement.rules.push_back(std::move(rule));
    }
    return true;
  };
  key.write = [name](TomlWriter& w, const std::string& path, const Statement& statement) {
    for (const auto& rule : statement.rules) {
      std::vector<std::string> match;
      for (const auto& m : rule.match) match.push_back(toml_string(m));
      w.header(dotted(path, name), true);
      w.value("class", toml_string(word(rule.cls)));
      w.value("match", toml_array(match));
      w.value("direction", toml_string(word(rule.direction)));
    }
  };
  return key;
}

}  // namespace clerk::config
