#include "clerk/config/config.hpp"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <set>
#include <sstream>

#include <fmt/format.h>
#include <toml++/toml.h>

#include "clerk/core/error.hpp"
#include "clerk/core/json_text.hpp"
#include "clerk/core/text.hpp"
#include "clerk/render/table.hpp"

namespace clerk::config {
namespace {

namespace fs = std::filesystem;

struct Problem {
  int line = 0;
  std::string key;
  std::string what;
};

// Reads a parsed TOML table into a Config, collecting every problem rather than stopping at
// the first, so `config check` can list them all. Unknown keys are problems too: a misspelt
// key silently ignored would leave the default in force without anyone noticing.
class Reader {
 public:
  explicit Reader(Config& config) : config_(config) {}

  std::vector<Problem> read(const toml::table& root) {
    allow(root, "",
          {"office", "holidays", "working_hours", "cases", "targets", "signposting", "expenses",
           "output", "database", "retention", "reports", "audit", "statement"});
    if (auto* t = section(root, "office")) read_office(*t);
    if (auto* t = section(root, "holidays")) read_holidays(*t);
    if (auto* t = section(root, "working_hours")) read_hours(*t);
    if (auto* t = section(root, "cases")) read_cases(*t);
    if (auto* t = section(root, "targets")) read_targets(*t);
    read_signposting(root);
    if (auto* t = section(root, "expenses")) read_expenses(*t);
    if (auto* t = section(root, "output")) read_output(*t);
    if (auto* t = section(root, "database")) read_database(*t);
    if (auto* t = section(root, "retention")) read_retention(*t);
    if (auto* t = section(root, "audit")) read_audit(*t);
    if (auto* t = section(root, "statement")) read_statement(*t);
    if (auto* t = section(root, "reports")) read_reports(*t);
    for (const auto& sp : config_.signposting)
      if (std::find(config_.case_categories.begin(), config_.case_categories.end(), sp.category) ==
          config_.case_categories.end())
        problems_.push_back({0, "signposting.category",
                             "'" + sp.category + "' (for " + sp.name + ") is not a case category"});
    return problems_;
  }

 private:
  void problem(const toml::node& node, std::string key, std::string what) {
    problems_.push_back({int(node.source().begin.line), std::move(key), std::move(what)});
  }

  void allow(const toml::table& table, const std::string& prefix,
             const std::vector<std::string>& known) {
    for (auto&& [k, v] : table) {
      std::string name(k.str());
      if (std::find(known.begin(), known.end(), name) != known.end()) continue;
      auto near = text::near_misses(name, known, 1);
      problems_.push_back(
          {int(k.source().begin.line), prefix + name,
           "unknown setting" +
               (near.empty() ? std::string() : " (did you mean " + prefix + near.front() + "?)")});
    }
  }

  const toml::table* section(const toml::table& root, const char* name) {
    const toml::node* node = root.get(name);
    if (!node) return nullptr;
    if (!node->is_table()) {
      problem(*node, name, "must be a table ([" + std::string(name) + "])");
      return nullptr;
    }
    return node->as_table();
  }

  void string_at(const toml::table& t, const std::string& prefix, const char* key,
                 std::string& out) {
    if (const toml::node* n = t.get(key)) {
      if (auto v = n->value<std::string>())
        out = *v;
      else
        problem(*n, prefix + key, "must be a string");
    }
  }

  void int_at(const toml::table& t, const std::string& prefix, const char* key, int& out, int lo,
              int hi) {
    if (const toml::node* n = t.get(key)) {
      auto v = n->value<int64_t>();
      if (!v || !n->is_integer())
        problem(*n, prefix + key, "must be a whole number");
      else if (*v < lo || *v > hi)
        problem(*n, prefix + key, fmt::format("must be between {} and {}", lo, hi));
      else
        out = int(*v);
    }
  }

  void bool_at(const toml::table& t, const std::string& prefix, const char* key, bool& out) {
    if (const toml::node* n = t.get(key)) {
      if (auto v = n->value<bool>(); v && n->is_boolean())
        out = *v;
      else
        problem(*n, prefix + key, "must be true or false");
    }
  }

  void read_office(const toml::table& t) {
    allow(t, "office.", {"name", "address", "email", "phone"});
    string_at(t, "office.", "name", config_.office.name);
    string_at(t, "office.", "address", config_.office.address);
    string_at(t, "office.", "email", config_.office.email);
    string_at(t, "office.", "phone", config_.office.phone);
  }

  void read_holidays(const toml::table& t) {
    allow(t, "holidays.", {"nation", "extra"});
    if (const toml::node* n = t.get("nation")) {
      auto v = n->value<std::string>();
      auto nation = v ? find_word<Nation>(*v) : std::nullopt;
      if (nation)
        config_.holidays.nation = *nation;
      else
        problem(*n, "holidays.nation",
                v ? not_one_of_text(*v, words<Nation>())
                  : "must be one of " + text::join(words<Nation>(), ", "));
    }
    if (const toml::node* n = t.get("extra")) {
      const toml::array* items = n->as_array();
      if (!items) return problem(*n, "holidays.extra", "must be an array of tables");
      for (const toml::node& item : *items) {
        const toml::table* h = item.as_table();
        if (!h) {
          problem(item, "holidays.extra", "each entry must be a table {date, title}");
          continue;
        }
        allow(*h, "holidays.extra.", {"date", "title", "nation"});
        Holiday holiday;
        holiday.source = "config";
        holiday.nation = config_.holidays.nation;
        auto date = h->get("date") ? h->get("date")->value<std::string>() : std::nullopt;
        auto parsed = date ? Date::try_parse_iso(*date) : std::nullopt;
        if (!parsed) {
          problem(item, "holidays.extra.date", "must be a date string YYYY-MM-DD");
          continue;
        }
        holiday.date = *parsed;
        string_at(*h, "holidays.extra.", "title", holiday.title);
        if (holiday.title.empty()) holiday.title = "Office holiday";
        if (const toml::node* nn = h->get("nation")) {
          auto v = nn->value<std::string>();
          auto nation = v ? find_word<Nation>(*v) : std::nullopt;
          if (!nation)
            problem(*nn, "holidays.extra.nation", "unknown nation");
          else
            holiday.nation = *nation;
        }
        config_.holidays.extra.push_back(holiday);
      }
    }
  }

  static std::optional<int> parse_hhmm(std::string_view s) {
    if (s.size() != 5 || s[2] != ':') return std::nullopt;
    for (size_t i : {0u, 1u, 3u, 4u})
      if (s[i] < '0' || s[i] > '9') return std::nullopt;
    int h = (s[0] - '0') * 10 + (s[1] - '0'), m = (s[3] - '0') * 10 + (s[4] - '0');
    if (h > 24 || m > 59 || (h == 24 && m != 0)) return std::nullopt;
    return h * 60 + m;
  }

  void read_hours(const toml::table& t) {
    allow(t, "working_hours.", {"start", "end", "days"});
    for (auto [key, out] : {std::pair{"start", &config_.working_hours.start_minute},
                            std::pair{"end", &config_.working_hours.end_minute}}) {
      if (const toml::node* n = t.get(key)) {
        auto v = n->value<std::string>();
        auto minutes = v ? parse_hhmm(*v) : std::nullopt;
        if (!minutes)
          problem(*n, std::string("working_hours.") + key, "must be a time \"HH:MM\"");
        else
          *out = *minutes;
      }
    }
    if (config_.working_hours.start_minute >= config_.working_hours.end_minute)
      problems_.push_back({0, "working_hours", "start must be before end"});
    if (const toml::node* n = t.get("days")) {
      static const std::vector<std::string> names = {"mon", "tue", "wed", "thu",
                                                     "fri", "sat", "sun"};
      const toml::array* items = n->as_array();
      if (!items)
        return problem(*n, "working_hours.days", "must be an array such as [\"mon\", \"tue\"]");
      config_.working_hours.days.clear();
      for (const toml::node& item : *items) {
        auto v = item.value<std::string>();
        auto it = v ? std::find(names.begin(), names.end(), text::lower(*v)) : names.end();
        if (it == names.end())
          problem(item, "working_hours.days", "each day must be one of mon..sun");
        else
          config_.working_hours.days.push_back(unsigned(it - names.begin()) + 1);
      }
    }
  }

  void read_targets(const toml::table& t) {
    auto& g = config_.targets;
    allow(t, "targets.", {"enquiry", "casework", "complaint", "foi", "sar"});
    auto sub_table = [&](const char* name, std::vector<std::pair<const char*, int*>> keys) {
      const toml::node* n = t.get(name);
      if (!n) return;
      const toml::table* st = n->as_table();
      if (!st) return problem(*n, std::string("targets.") + name, "must be a table");
      std::vector<std::string> known;
      for (auto& [k, out] : keys) known.emplace_back(k);
      std::string prefix = std::string("targets.") + name + ".";
      allow(*st, prefix, known);
      for (auto& [k, out] : keys) int_at(*st, prefix, k, *out, 0, 400);
    };
    sub_table("enquiry",
              {{"acknowledge", &g.enquiry_acknowledge}, {"respond", &g.enquiry_respond}});
    sub_table("casework",
              {{"acknowledge", &g.casework_acknowledge}, {"respond", &g.casework_respond}});
    sub_table("complaint", {{"acknowledge", &g.complaint_acknowledge},
                            {"stage1", &g.complaint_stage1},
                            {"stage2", &g.complaint_stage2}});
    sub_table("foi", {{"respond", &g.foi_respond}});
    sub_table("sar",
              {{"months", &g.sar_months}, {"max_extension_months", &g.sar_max_extension_months}});
  }

  void read_signposting(const toml::table& root) {
    const toml::node* n = root.get("signposting");
    if (!n) return;
    const toml::array* items = n->as_array();
    if (!items) return problem(*n, "signposting", "must be an array of tables ([[signposting]])");
    for (const toml::node& item : *items) {
      const toml::table* s = item.as_table();
      if (!s) {
        problem(item, "signposting", "each entry must be a table");
        continue;
      }
      allow(*s, "signposting.", {"category", "name", "phone", "web", "notes"});
      Signpost sp;
      string_at(*s, "signposting.", "category", sp.category);
      string_at(*s, "signposting.", "name", sp.name);
      string_at(*s, "signposting.", "phone", sp.phone);
      string_at(*s, "signposting.", "web", sp.web);
      string_at(*s, "signposting.", "notes", sp.notes);
      if (sp.category.empty() || sp.name.empty())
        problem(item, "signposting", "each entry needs a category and a name");
      else
        config_.signposting.push_back(sp);
    }
  }

  void read_cases(const toml::table& t) {
    allow(t, "cases.", {"categories", "letters_dir"});
    if (const toml::node* n = t.get("letters_dir")) {
      if (auto v = n->value<std::string>())
        config_.letters_dir = *v;
      else
        problem(*n, "cases.letters_dir", "must be a string (a directory)");
    }
    if (const toml::node* n = t.get("categories")) {
      const toml::array* items = n->as_array();
      if (!items || items->empty())
        return problem(*n, "cases.categories", "must be a non-empty array of names");
      config_.case_categories.clear();
      std::set<std::string> seen;
      for (const toml::node& item : *items) {
        auto v = item.value<std::string>();
        if (!v || v->empty())
          problem(item, "cases.categories", "each category must be a non-empty string");
        else if (!seen.insert(*v).second)
          problem(item, "cases.categories", "duplicate category '" + *v + "'");
        else
          config_.case_categories.push_back(*v);
      }
    }
  }

  void read_expenses(const toml::table& t) {
    allow(t, "expenses.",
          {"sanity_limit", "budget_warnings", "require_budget", "categories", "mileage_rates",
           "import_columns"});
    Expenses& e = config_.expenses;
    bool_at(t, "expenses.", "require_budget", e.require_budget);
    if (const toml::node* n = t.get("sanity_limit")) {
      auto v = n->value<std::string>();
      try {
        if (!v) throw Error(ErrorKind::bad_data, "must be an amount such as \"5000.00\"");
        e.sanity_limit = Money::parse(*v, "expenses.sanity_limit");
        if (e.sanity_limit <= Money()) throw Error(ErrorKind::bad_data, "must be more than zero");
      } catch (const Error& err) {
        problem(*n, "expenses.sanity_limit", err.what());
      }
    }
    if (const toml::node* n = t.get("budget_warnings")) {
      const toml::array* items = n->as_array();
      if (!items || items->empty())
        return problem(*n, "expenses.budget_warnings", "must be an array such as [80, 100]");
      e.budget_warnings.clear();
      for (const toml::node& item : *items) {
        auto v = item.value<int64_t>();
        if (!v || !item.is_integer() || *v < 1 || *v > 1000)
          problem(item, "expenses.budget_warnings", "each must be a whole percentage, 1 to 1000");
        else
          e.budget_warnings.push_back(int(*v));
      }
      std::sort(e.budget_warnings.begin(), e.budget_warnings.end());
    }
    if (const toml::node* n = t.get("categories")) read_expense_categories(*n);
    if (const toml::node* n = t.get("mileage_rates")) read_mileage_rates(*n);
    if (const toml::node* n = t.get("import_columns")) {
      const toml::table* columns = n->as_table();
      if (!columns)
        return problem(*n, "expenses.import_columns", "must be a table: field = \"Header\"");
      allow(*columns, "expenses.import_columns.", expense_import_fields());
      for (auto&& [k, v] : *columns) {
        auto header = v.value<std::string>();
        if (!header || header->empty())
          problem(v, "expenses.import_columns." + std::string(k.str()),
                  "must be the column's header text");
        else
          e.import_columns.emplace_back(std::string(k.str()), *header);
      }
    }
  }

  void read_expense_categories(const toml::node& n) {
    const toml::table* items = n.as_table();
    if (!items || items->empty())
      return problem(n, "expenses.categories", "must be a table: category = \"BUDGET-CODE\"");
    config_.expenses.categories.clear();
    for (auto&& [k, v] : *items) {
      std::string key = "expenses.categories." + std::string(k.str());
      auto code = v.value<std::string>();
      if (!code || !valid_budget_code(*code))
        problem(v, key, "must be a budget code: letters, digits, '.', '_' or '-'");
      else
        config_.expenses.categories.push_back({std::string(k.str()), text::upper(*code)});
    }
  }

  void read_mileage_rates(const toml::node& n) {
    const toml::array* items = n.as_array();
    if (!items) return problem(n, "expenses.mileage_rates", "must be an array of tables");
    for (const toml::node& item : *items) {
      const toml::table* r = item.as_table();
      if (!r) {
        problem(item, "expenses.mileage_rates", "each entry must be a table");
        continue;
      }
      const std::string p = "expenses.mileage_rates.";
      allow(*r, p,
            {"from_tax_year", "car_pence", "car_after_pence", "motorcycle_pence", "bicycle_pence",
             "passenger_pence", "threshold_miles"});
      MileageRates rates;
      if (!r->get("from_tax_year")) problem(item, p + "from_tax_year", "is required");
      int_at(*r, p, "from_tax_year", rates.from_tax_year, 1990, 9998);
      for (auto [key, out] : {std::pair{"car_pence", &rates.car_pence},
                              std::pair{"car_after_pence", &rates.car_after_pence},
                              std::pair{"motorcycle_pence", &rates.motorcycle_pence},
                              std::pair{"bicycle_pence", &rates.bicycle_pence},
                              std::pair{"passenger_pence", &rates.passenger_pence}}) {
        if (!r->get(key)) problem(item, p + key, "is required");
        int_at(*r, p, key, *out, 0, 1000);
      }
      int_at(*r, p, "threshold_miles", rates.threshold_miles, 0, 1'000'000);
      config_.expenses.mileage_rates.push_back(rates);
    }
  }

  void read_output(const toml::table& t) {
    allow(t, "output.",
          {"tty_format", "pipe_format", "csv_bom", "text_width", "page_lines", "mode"});
    for (auto [key, out] : {std::pair{"tty_format", &config_.output.tty_format},
                            std::pair{"pipe_format", &config_.output.pipe_format}}) {
      std::string value = *out;
      string_at(t, "output.", key, value);
      if (!find_word<render::Format>(value) && t.get(key))
        problem(*t.get(key), std::string("output.") + key,
                not_one_of_text(value, words<render::Format>()));
      else
        *out = value;
    }
    bool_at(t, "output.", "csv_bom", config_.output.csv_bom);
    int_at(t, "output.", "text_width", config_.output.text_width, 40, 400);
    int_at(t, "output.", "page_lines", config_.output.page_lines, 10, 1000);
    read_file_mode(t);
  }

  // UK GDPR: exports hold personal data, so a wider mode is a deliberate choice and has limits:
  // the owner reads and writes, nobody else writes, nothing is executable.
  void read_file_mode(const toml::table& t) {
    const toml::node* n = t.get("mode");
    if (!n) return;
    auto v = n->value<std::string>();
    bool octal = v && (v->size() == 3 || v->size() == 4) &&
                 v->find_first_not_of("01234567") == std::string::npos &&
                 (v->size() == 3 || (*v)[0] == '0');
    unsigned mode = octal ? unsigned(std::stoul(*v, nullptr, 8)) : 0;
    if (!octal || (mode & 0600) != 0600 || (mode & 0111) != 0 || (mode & 0022) != 0)
      problem(*n, "output.mode",
              "must be an octal file mode as a string, such as \"0600\" or \"0640\", that the "
              "owner can read and write, that nobody else can write and that is not executable");
    else
      config_.output.file_mode = mode;
  }

  void read_database(const toml::table& t) {
    allow(t, "database.", {"busy_timeout_ms"});
    int_at(t, "database.", "busy_timeout_ms", config_.database.busy_timeout_ms, 0, 600000);
  }

  void read_retention(const toml::table& t) {
    allow(t, "retention.",
          {"closed_cases_years", "expenses_years", "diary_years", "access_log_years"});
    auto& r = config_.retention;
    int_at(t, "retention.", "closed_cases_years", r.closed_cases_years, 1, 100);
    int_at(t, "retention.", "expenses_years", r.expenses_years, 1, 100);
    int_at(t, "retention.", "diary_years", r.diary_years, 1, 100);
    int_at(t, "retention.", "access_log_years", r.access_log_years, 1, 100);
  }

  void money_at(const toml::table& t, const std::string& prefix, const char* key, Money& out) {
    if (const toml::node* n = t.get(key)) {
      auto v = n->value<std::string>();
      try {
        if (!v || !n->is_string())
          throw Error(ErrorKind::bad_data, "must be an amount such as \"25.00\"");
        out = Money::parse(*v, prefix + key);
      } catch (const Error& err) {
        problem(*n, prefix + key, err.what());
      }
    }
  }

  void read_audit(const toml::table& t) {
    allow(t, "audit.", {"expenses"});
    const toml::node* n = t.get("expenses");
    if (!n) return;
    const toml::table* e = n->as_table();
    if (!e) return problem(*n, "audit.expenses", "must be a table ([audit.expenses])");
    const std::string p = "audit.expenses.";
    allow(*e, p, {"receipt_above", "late_after_days", "round_sum"});
    auto& c = config_.expense_checks;
    money_at(*e, p, "receipt_above", c.receipt_above);
    int_at(*e, p, "late_after_days", c.late_after_days, 1, 3660);
    money_at(*e, p, "round_sum", c.round_sum);
    if (c.round_sum <= Money()) problems_.push_back({0, p + "round_sum", "must be more than zero"});
  }

  void read_statement(const toml::table& t) {
    const std::string p = "statement.";
    allow(t, p, {"columns", "date_format", "contingency_weeks", "payment_window_days", "rules"});
    auto& s = config_.statement;
    string_at(t, p, "date_format", s.date_format);
    if (s.date_format != "dd/mm/yyyy" && s.date_format != "yyyy-mm-dd")
      problem(*t.get("date_format"), p + "date_format", "must be \"dd/mm/yyyy\" or \"yyyy-mm-dd\"");
    int_at(t, p, "contingency_weeks", s.contingency_weeks, 0, 520);
    int_at(t, p, "payment_window_days", s.payment_window_days, 0, 31);
    if (const toml::node* n = t.get("columns")) {
      const toml::table* c = n->as_table();
      if (!c) return problem(*n, p + "columns", "must be a table: field = \"Header\"");
      const std::string cp = p + "columns.";
      allow(*c, cp, {"date", "description", "amount", "paid_in", "paid_out", "balance"});
      string_at(*c, cp, "date", s.date_column);
      string_at(*c, cp, "description", s.description_column);
      string_at(*c, cp, "amount", s.amount_column);
      string_at(*c, cp, "paid_in", s.paid_in_column);
      string_at(*c, cp, "paid_out", s.paid_out_column);
      string_at(*c, cp, "balance", s.balance_column);
      // Separate paid-in/paid-out columns replace the one signed amount column.
      if (!s.paid_in_column.empty() || !s.paid_out_column.empty()) {
        if (s.paid_in_column.empty() || s.paid_out_column.empty())
          problem(*n, cp + "paid_in", "paid_in and paid_out go together");
        if (!c->get("amount"))
          s.amount_column.clear();
        else
          problem(*c->get("amount"), cp + "amount", "give amount or paid_in/paid_out, not both");
      }
      if (s.amount_column.empty() && s.paid_in_column.empty())
        problem(*n, cp + "amount", "an amount column (or paid_in and paid_out) is needed");
      for (const std::string* col : {&s.date_column, &s.description_column, &s.balance_column})
        if (col->empty())
          problem(*n, cp + "columns", "date, description and balance need a header");
    }
    if (const toml::node* n = t.get("rules")) read_statement_rules(*n);
  }

  void read_statement_rules(const toml::node& n) {
    const std::string p = "statement.rules.";
    const toml::array* items = n.as_array();
    if (!items)
      return problem(n, "statement.rules", "must be an array of tables ([[statement.rules]])");
    config_.statement.rules.clear();
    for (const toml::node& item : *items) {
      const toml::table* r = item.as_table();
      if (!r) {
        problem(item, "statement.rules", "each rule must be a table {class, match, direction}");
        continue;
      }
      allow(*r, p, {"class", "match", "direction"});
      StatementRule rule;
      std::string cls, direction;
      string_at(*r, p, "class", cls);
      auto parsed = find_word<StatementClass>(cls);
      if (!parsed)
        problem(item, p + "class", not_one_of_text(cls, words<StatementClass>()));
      else
        rule.cls = *parsed;
      rule.direction = rule.cls == StatementClass::payment_in ? Direction::in : Direction::out;
      string_at(*r, p, "direction", direction);
      if (auto d = find_word<Direction>(direction))
        rule.direction = *d;
      else if (!direction.empty())
        problem(*r->get("direction"), p + "direction",
                not_one_of_text(direction, words<Direction>()));
      const toml::node* m = r->get("match");
      if (m && m->is_string()) {
        rule.match.push_back(text::upper(*m->value<std::string>()));
      } else if (m && m->is_array()) {
        for (const toml::node& word : *m->as_array())
          if (auto v = word.value<std::string>(); v && !v->empty())
            rule.match.push_back(text::upper(*v));
          else
            problem(word, p + "match", "each entry must be non-empty text");
      }
      if (rule.match.empty()) problem(item, p + "match", "needs the text to look for");
      config_.statement.rules.push_back(std::move(rule));
    }
  }

  // [reports.NAME] tables; what `report` and `format` name is checked when the report runs.
  void read_reports(const toml::table& t) {
    for (const auto& [key, node] : t) {
      std::string prefix = "reports." + std::string(key.str()) + ".";
      const toml::table* r = node.as_table();
      if (!r) {
        problem(node, "reports." + std::string(key.str()), "must be a table");
        continue;
      }
      allow(*r, prefix, {"report", "period", "format", "output", "by", "section", "limit"});
      SavedReport saved;
      saved.name = std::string(key.str());
      string_at(*r, prefix, "report", saved.report);
      string_at(*r, prefix, "period", saved.period);
      string_at(*r, prefix, "format", saved.format);
      string_at(*r, prefix, "output", saved.output);
      string_at(*r, prefix, "by", saved.by);
      string_at(*r, prefix, "section", saved.section);
      int_at(*r, prefix, "limit", saved.limit, 0, 1000000);
      if (saved.report.empty())
        problem(*r, prefix + "report", "each saved report needs a report (e.g. monthly)");
      else
        config_.reports.push_back(std::move(saved));
    }
  }

  Config& config_;
  std::vector<Problem> problems_;
};

std::string read_file(const fs::path& path) {
  // A directory opens as a stream that reads nothing, which would pass for an empty file and
  // leave every default silently in force.
  std::error_code ec;
  if (fs::is_directory(path, ec))
    throw Error(ErrorKind::config, "cannot read the config file: it is a directory")
        .source(path.string());
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorKind::config, "cannot read the config file").source(path.string());
  std::ostringstream buf;
  buf << in.rdbuf();
  if (in.bad()) throw Error(ErrorKind::config, "cannot read the config file").source(path.string());
  return buf.str();
}

// Parses and reads the file; a TOML syntax error is one problem with its line.
std::vector<Problem> read_into(const fs::path& path, Config& config) {
  std::string text = read_file(path);
  toml::table root;
  try {
    root = toml::parse(text, path.string());
  } catch (const toml::parse_error& e) {
    return {{int(e.source().begin.line), "", std::string(e.description())}};
  }
  return Reader(config).read(root);
}

// TOML basic strings read JSON's escapes (\" \\ \n \t \uXXXX), so one writer serves both.
std::string toml_string(std::string_view s) { return json::quoted(s); }

std::string money_text(Money m) { return toml_string(m.plain()); }

std::string hhmm(int minutes) { return fmt::format("{:02}:{:02}", minutes / 60, minutes % 60); }

}  // namespace

const EnumWords& enum_words(StatementClass) {
  static const EnumWords w{
      "class",
      {"payment-in", "care-agency", "personal-assistant", "hmrc", "permitted", "unexplained"}};
  return w;
}

const EnumWords& enum_words(Direction) {
  static const EnumWords w{"direction", {"in", "out", "any"}};
  return w;
}

std::vector<StatementRule> default_statement_rules() {
  using C = StatementClass;
  return {{C::payment_in, {"DIRECT PAYMENT", "COUNCIL"}, Direction::in},
          {C::permitted, {"INTEREST", "REFUND", "CONTRIBUTION"}, Direction::in},
          {C::hmrc, {"HMRC", "PAYE"}, Direction::out},
          {C::care_agency, {"CARE"}, Direction::out},
          {C::personal_assistant, {"WAGES", "SALARY"}, Direction::out},
          {C::permitted,
           {"PAYROLL", "INSURANCE", "BANK CHARGE", "ACCOUNT FEE", "PENSION"},
           Direction::out}};
}

fs::path letter_directory(const Config& config, const fs::path& config_path) {
  if (config.letters_dir.empty()) return config_path.parent_path() / "letters";
  if (config.letters_dir.is_absolute()) return config.letters_dir;
  return config_path.parent_path() / config.letters_dir;
}

const std::vector<std::string>& expense_import_fields() {
  static const std::vector<std::string> fields = {
      "claimant",   "date",     "category",     "description", "amount",       "vat",
      "receipt",    "budget",   "status",       "vehicle",     "miles",        "passengers",
      "from",       "to",       "miles_before", "paid_by",     "submitted_on", "decided_by",
      "decided_on", "override", "reason",       "paid_on",     "created_on"};
  return fields;
}

bool valid_budget_code(std::string_view code) {
  if (code.empty() || code.size() > 32) return false;
  for (char c : code)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '.' && c != '_' && c != '-')
      return false;
  return true;
}

Config load(const fs::path& path, bool must_exist) {
  Config config;
  if (!fs::exists(path)) {
    if (must_exist)
      throw Error(ErrorKind::config,
                  "no config file here (`clerk init` writes one; or unset CLERK_CONFIG/--config "
                  "to use the defaults)")
          .source(path.string());
    return config;
  }
  auto problems = read_into(path, config);
  if (!problems.empty()) {
    const Problem& p = problems.front();
    Error err(
        ErrorKind::config,
        p.what + (problems.size() > 1
                      ? fmt::format(" (and {} more: run `clerk config check`)", problems.size() - 1)
                      : ""));
    err.source(path.string());
    if (p.line > 0) err.line(p.line);
    if (!p.key.empty()) err.field(p.key);
    throw err;
  }
  config.path = path;
  config.from_file = true;
  return config;
}

std::vector<std::string> check(const fs::path& path) {
  Config config;
  std::vector<std::string> out;
  for (const auto& p : read_into(path, config)) {
    std::string where = path.string();
    if (p.line > 0) where += " line " + std::to_string(p.line);
    out.push_back(where + (p.key.empty() ? "" : ", " + p.key) + ": " + p.what);
  }
  return out;
}

std::string to_toml(const Config& c) {
  static const char* days[] = {"", "mon", "tue", "wed", "thu", "fri", "sat", "sun"};
  std::string out;
  out += "[office]\n";
  out += "name = " + toml_string(c.office.name) + "\n";
  out += "address = " + toml_string(c.office.address) + "\n";
  out += "email = " + toml_string(c.office.email) + "\n";
  out += "phone = " + toml_string(c.office.phone) + "\n\n";
  out += "[holidays]\n";
  out += "nation = " + toml_string(word(c.holidays.nation)) + "\n";
  for (const auto& h : c.holidays.extra)
    out += "[[holidays.extra]]\ndate = " + toml_string(h.date.iso()) +
           "\ntitle = " + toml_string(h.title) + "\nnation = " + toml_string(word(h.nation)) + "\n";
  out += "\n[working_hours]\n";
  out += "start = " + toml_string(hhmm(c.working_hours.start_minute)) + "\n";
  out += "end = " + toml_string(hhmm(c.working_hours.end_minute)) + "\n";
  std::vector<std::string> d;
  for (unsigned day : c.working_hours.days) d.push_back(toml_string(days[day]));
  out += "days = [" + text::join(d, ", ") + "]\n\n";
  out += "[cases]\n";
  std::vector<std::string> cats;
  for (const auto& cat : c.case_categories) cats.push_back(toml_string(cat));
  out += "categories = [" + text::join(cats, ", ") + "]\n";
  if (!c.letters_dir.empty()) out += "letters_dir = " + toml_string(c.letters_dir.string()) + "\n";
  const auto& t = c.targets;
  out += "\n[targets]\n";
  out += fmt::format("enquiry = {{ acknowledge = {}, respond = {} }}\n", t.enquiry_acknowledge,
                     t.enquiry_respond);
  out += fmt::format("casework = {{ acknowledge = {}, respond = {} }}\n", t.casework_acknowledge,
                     t.casework_respond);
  out += fmt::format("complaint = {{ acknowledge = {}, stage1 = {}, stage2 = {} }}\n",
                     t.complaint_acknowledge, t.complaint_stage1, t.complaint_stage2);
  out += fmt::format("foi = {{ respond = {} }}\n", t.foi_respond);
  out += fmt::format("sar = {{ months = {}, max_extension_months = {} }}\n\n", t.sar_months,
                     t.sar_max_extension_months);
  for (const auto& sp : c.signposting)
    out += "[[signposting]]\ncategory = " + toml_string(sp.category) +
           "\nname = " + toml_string(sp.name) + "\nphone = " + toml_string(sp.phone) +
           "\nweb = " + toml_string(sp.web) + "\nnotes = " + toml_string(sp.notes) + "\n\n";
  out += "[expenses]\n";
  out += "sanity_limit = " + money_text(c.expenses.sanity_limit) + "\n";
  std::vector<std::string> warnings;
  for (int w : c.expenses.budget_warnings) warnings.push_back(std::to_string(w));
  out += "budget_warnings = [" + text::join(warnings, ", ") + "]\n";
  out += std::string("require_budget = ") + (c.expenses.require_budget ? "true" : "false") + "\n\n";
  out += "[expenses.categories]\n";
  for (const auto& cat : c.expenses.categories)
    out += toml_string(cat.name) + " = " + toml_string(cat.budget) + "\n";
  if (!c.expenses.import_columns.empty()) {
    out += "\n[expenses.import_columns]\n";
    for (const auto& [field, header] : c.expenses.import_columns)
      out += field + " = " + toml_string(header) + "\n";
  }
  for (const auto& r : c.expenses.mileage_rates)
    out += fmt::format(
        "\n[[expenses.mileage_rates]]\nfrom_tax_year = {}\ncar_pence = {}\ncar_after_pence = "
        "{}\nmotorcycle_pence = {}\nbicycle_pence = {}\npassenger_pence = {}\n"
        "threshold_miles = {}\n",
        r.from_tax_year, r.car_pence, r.car_after_pence, r.motorcycle_pence, r.bicycle_pence,
        r.passenger_pence, r.threshold_miles);
  out += "\n[audit.expenses]\n";
  out += "receipt_above = " + money_text(c.expense_checks.receipt_above) + "\n";
  out += "late_after_days = " + std::to_string(c.expense_checks.late_after_days) + "\n";
  out += "round_sum = " + money_text(c.expense_checks.round_sum) + "\n";
  const auto& st = c.statement;
  out += "\n[statement]\n";
  out += "date_format = " + toml_string(st.date_format) + "\n";
  out += "contingency_weeks = " + std::to_string(st.contingency_weeks) + "\n";
  out += "payment_window_days = " + std::to_string(st.payment_window_days) + "\n";
  out += "\n[statement.columns]\n";
  out += "date = " + toml_string(st.date_column) + "\n";
  out += "description = " + toml_string(st.description_column) + "\n";
  if (st.paid_in_column.empty())
    out += "amount = " + toml_string(st.amount_column) + "\n";
  else
    out += "paid_in = " + toml_string(st.paid_in_column) +
           "\npaid_out = " + toml_string(st.paid_out_column) + "\n";
  out += "balance = " + toml_string(st.balance_column) + "\n";
  for (const auto& r : st.rules) {
    std::vector<std::string> words;
    for (const auto& m : r.match) words.push_back(toml_string(m));
    out += "\n[[statement.rules]]\nclass = " + toml_string(word(r.cls)) + "\nmatch = [" +
           text::join(words, ", ") + "]\ndirection = " +
           toml_string(r.direction == Direction::in    ? "in"
                       : r.direction == Direction::out ? "out"
                                                       : "any") +
           "\n";
  }
  out += "\n[output]\n";
  out += "tty_format = " + toml_string(c.output.tty_format) + "\n";
  out += "pipe_format = " + toml_string(c.output.pipe_format) + "\n";
  out += std::string("csv_bom = ") + (c.output.csv_bom ? "true" : "false") + "\n";
  out += "text_width = " + std::to_string(c.output.text_width) + "\n";
  out += "page_lines = " + std::to_string(c.output.page_lines) + "\n";
  out += "mode = " + toml_string(fmt::format("{:04o}", c.output.file_mode)) + "\n\n";
  out += "[database]\n";
  out += "busy_timeout_ms = " + std::to_string(c.database.busy_timeout_ms) + "\n\n";
  out += "[retention]\n";
  out += "closed_cases_years = " + std::to_string(c.retention.closed_cases_years) + "\n";
  out += "expenses_years = " + std::to_string(c.retention.expenses_years) + "\n";
  out += "diary_years = " + std::to_string(c.retention.diary_years) + "\n";
  out += "access_log_years = " + std::to_string(c.retention.access_log_years) + "\n";
  for (const auto& r : c.reports) {
    out += "\n[reports." + toml_string(r.name) + "]\n";
    out += "report = " + toml_string(r.report) + "\n";
    out += "period = " + toml_string(r.period) + "\n";
    out += "format = " + toml_string(r.format) + "\n";
    if (!r.output.empty()) out += "output = " + toml_string(r.output) + "\n";
    if (!r.by.empty()) out += "by = " + toml_string(r.by) + "\n";
    if (!r.section.empty()) out += "section = " + toml_string(r.section) + "\n";
    out += "limit = " + std::to_string(r.limit) + "\n";
  }
  return out;
}

std::string default_file_text() {
  return R"(# clerk configuration. Every key is optional; the values shown are the defaults.
# See examples/config.toml in the source for every key with an explanation.

[office]
name = "Constituency Office"
address = ""

[holidays]
# england-and-wales, scotland or northern-ireland
nation = "england-and-wales"

[working_hours]
start = "09:00"
end = "17:00"
days = ["mon", "tue", "wed", "thu", "fri"]
)";
}

}  // namespace clerk::config
