#include "clerk/config/config_keys.hpp"

#include <doctest/doctest.h>
#include <stdlib.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include <toml++/toml.h>

#include "clerk/config/config.hpp"
#include "clerk/core/error.hpp"
#include "clerk/core/text.hpp"

using namespace clerk;
using namespace clerk::config;

namespace {

// A throwaway directory for config files, removed afterwards.
struct TempDir {
  std::filesystem::path dir;
  TempDir() {
    std::string name = (std::filesystem::temp_directory_path() / "clerk-unit-XXXXXX").string();
    dir = mkdtemp(name.data());
  }
  ~TempDir() { std::filesystem::remove_all(dir); }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  std::filesystem::path write(const std::string& text) const {
    std::filesystem::path path = dir / "config.toml";
    std::ofstream(path, std::ios::binary | std::ios::trunc) << text;
    return path;
  }
};

// Every setting away from its default, including the ones `config show` leaves out when empty:
// paid-in and paid-out statement columns (signed_amount = false) or one amount column.
Config rich_config(bool signed_amount) {
  Config c;
  c.office = {"Office of the PCC", "1 Road\nTown", "office@example.org", "0123 456"};
  c.holidays.nation = Nation::scotland;
  c.holidays.extra = {
      {*Date::from_ymd(2026, 12, 24), "Closed", Nation::northern_ireland, false, "config"}};
  c.working_hours = {8 * 60 + 30, 18 * 60, {1, 3, 6}};
  c.case_categories = {"housing", "benefits", "other"};
  c.targets = {3, 11, 4, 12, 6, 11, 21, 19, 2, 3};
  c.signposting = {{"housing", "Shelter", "0800 800 4444", "https://shelter.example", "Free"}};
  c.letters_dir = "templates";
  // Tables of names read back in name order, so the rich config holds them that way.
  c.expenses.categories = {{"books", "LIBRARY"}, {"travel", "TRAVEL.2"}};
  c.expenses.sanity_limit = Money::from_pence(600'000);
  c.expenses.budget_warnings = {75, 90, 110};
  c.expenses.require_budget = false;
  c.expenses.mileage_rates = {{2030, 50, 30, 24, 20, 5, 12'000}};
  for (const auto& field : expense_import_fields())
    c.expenses.import_columns.emplace_back(field, "Header of " + field);
  std::sort(c.expenses.import_columns.begin(), c.expenses.import_columns.end());
  c.expense_checks = {Money::from_pence(3'000), 60, Money::from_pence(500)};
  Statement& s = c.statement;
  s.date_column = "Posted";
  s.description_column = "Narrative";
  s.amount_column = signed_amount ? "Value" : "";
  s.paid_in_column = signed_amount ? "" : "Credit";
  s.paid_out_column = signed_amount ? "" : "Debit";
  s.balance_column = "Running balance";
  s.date_format = "yyyy-mm-dd";
  s.contingency_weeks = 6;
  s.payment_window_days = 5;
  s.rules = {{StatementClass::hmrc, {"PAYE", "NIC"}, Direction::any}};
  c.output = {"csv", "json", true, 100, 50, false, 0640};
  c.database.busy_timeout_ms = 1'000;
  c.database.url = "postgresql:///clerk?service=office";
  c.retention = {7, 8, 3, 4};
  c.reports = {{"weekly", "caseload", "this-week", "md", "out/{date}.md", "claimant", "cases", 10}};
  return c;
}

std::string text_of(const toml::node& node) {
  std::ostringstream out;
  node.visit([&](const auto& n) { out << n; });
  return out.str();
}

// The node at a dotted path as key_paths() lists it (`[]`: an array's first entry, `*`: a table's
// first key), and the key clerk calls it by (arrays' entries unnumbered, names filled in).
std::pair<toml::node*, std::string> find(toml::table& root, const std::string& path) {
  toml::node* node = &root;
  std::vector<std::string> called;
  std::istringstream parts(path);
  for (std::string part; node && std::getline(parts, part, '.');) {
    if (part == "[]") {
      toml::array* array = node->as_array();
      node = array && !array->empty() ? array->get(0) : nullptr;
    } else if (toml::table* table = node->as_table()) {
      if (part == "*") part = table->empty() ? "" : std::string(table->begin()->first.str());
      node = table->get(part);
      called.push_back(part);
    } else {
      node = nullptr;
    }
  }
  return {node, text::join(called, ".")};
}

// Sets the node at a plain dotted path, making the tables on the way.
void set_at(toml::table& root, const std::string& path, const toml::node& value) {
  toml::table* table = &root;
  std::vector<std::string> parts;
  std::istringstream in(path);
  for (std::string part; std::getline(in, part, '.');) parts.push_back(part);
  for (size_t i = 0; i + 1 < parts.size(); ++i) {
    if (!table->get(parts[i])) table->insert(parts[i], toml::table{});
    table = table->get(parts[i])->as_table();
    REQUIRE(table);
  }
  value.visit([&](const auto& v) { table->insert_or_assign(parts.back(), v); });
}

std::string shown_after_loading(const TempDir& dir, const std::string& text) {
  return to_toml(load(dir.write(text), true));
}

}  // namespace

TEST_SUITE("config_keys") {
  TEST_CASE("config show writes every setting and load reads it back unchanged") {
    TempDir dir;
    for (bool signed_amount : {false, true}) {
      CAPTURE(signed_amount);
      std::string shown = to_toml(rich_config(signed_amount));
      CHECK(shown != to_toml(Config{}));
      CHECK(shown_after_loading(dir, shown) == shown);
    }
  }

  TEST_CASE("every key in the table appears in config show of a config that sets it") {
    toml::table with_paid_in_out = toml::parse(to_toml(rich_config(false)));
    toml::table with_amount = toml::parse(to_toml(rich_config(true)));
    for (const auto& path : key_paths(config_keys())) {
      CAPTURE(path);
      CHECK((find(with_paid_in_out, path).first || find(with_amount, path).first));
    }
  }

  TEST_CASE("each setting alone is read into its own place and written back from it") {
    TempDir dir;
    toml::table defaults = toml::parse(to_toml(Config{}));
    toml::table sources[] = {toml::parse(to_toml(rich_config(false))),
                             toml::parse(to_toml(rich_config(true)))};
    for (const auto& path : key_paths(config_keys())) {
      if (path.find("[]") != std::string::npos || path.find('*') != std::string::npos) continue;
      // The statement's amount columns are read together (paid_in needs paid_out, and no amount).
      bool column = path.starts_with("statement.columns.");
      for (auto& source : sources) {
        toml::node* value = find(source, path).first;
        if (!value || value->is_table()) continue;
        CAPTURE(path);
        toml::table file = defaults;
        if (const toml::node* before = find(file, path).first)
          CHECK(text_of(*before) != text_of(*value));  // the rich config moves every default
        if (column)
          set_at(file, "statement.columns", *find(source, "statement.columns").first);
        else
          set_at(file, path, *value);
        std::ostringstream text;
        text << file;
        toml::table shown = toml::parse(shown_after_loading(dir, text.str()));
        const toml::node* after = find(shown, path).first;
        REQUIRE(after);
        CHECK(text_of(*after) == text_of(*value));
      }
    }
  }

  TEST_CASE("a key unknown to any table is refused, naming it and its line") {
    TempDir dir;
    toml::table rich = toml::parse(to_toml(rich_config(false)));
    // Every table and array entry of the file but those whose keys are names ([reports],
    // [expenses.categories]).
    const auto paths = key_paths(config_keys());
    std::vector<std::string> tables = {""};
    for (const auto& path : paths) {
      for (size_t end = 0; end != std::string::npos;) {
        end = path.find('.', end + 1);
        std::string prefix = path.substr(0, end);
        auto* node = find(rich, prefix).first;
        bool names = std::find(paths.begin(), paths.end(), prefix + ".*") != paths.end() ||
                     std::any_of(paths.begin(), paths.end(), [&](const std::string& p) {
                       return p.starts_with(prefix + ".*.");
                     });
        if (node && node->is_table() && !names &&
            std::find(tables.begin(), tables.end(), prefix) == tables.end())
          tables.push_back(prefix);
      }
    }
    CHECK(tables.size() > 20);
    for (const auto& path : tables) {
      CAPTURE(path);
      toml::table file = rich;
      auto [table, called] =
          path.empty() ? std::pair<toml::node*, std::string>{&file, ""} : find(file, path);
      REQUIRE(table);
      table->as_table()->insert("zzz_unknown", 1);
      std::ostringstream text;
      text << file;
      try {
        load(dir.write(text.str()), true);
        FAIL("loaded");
      } catch (const Error& e) {
        CHECK(e.kind() == ErrorKind::config);
        CHECK(e.field() == (called.empty() ? "" : called + ".") + "zzz_unknown");
        CHECK(e.line() > 0);
        CHECK(std::string(e.what()).starts_with("unknown setting"));
      }
    }
  }

  TEST_CASE("an unknown key near a known one is refused with the known one suggested") {
    TempDir dir;
    auto path = dir.write("[office]\nname = \"x\"\n\n[output]\ntext_widht = 90\n");
    try {
      load(path, true);
      FAIL("loaded");
    } catch (const Error& e) {
      CHECK(e.kind() == ErrorKind::config);
      CHECK(e.field() == "output.text_widht");
      CHECK(e.line() == 5);
      CHECK(std::string(e.what()) == "unknown setting (did you mean output.text_width?)");
    }
  }

  TEST_CASE("problems are listed in the order the sections have always been read") {
    TempDir dir;
    // [output] before [audit] and [statement]; [cases] letters_dir before categories; in
    // [expenses] require_budget first and mileage_rates before import_columns.
    auto path = dir.write(
        "[statement]\ndate_format = 1\n[audit.expenses]\nlate_after_days = 0\n"
        "[output]\ncsv_bom = 2\n[cases]\ncategories = []\nletters_dir = 3\n"
        "[expenses]\nsanity_limit = 4\nrequire_budget = 5\n[expenses.import_columns]\ndate = 6\n"
        "[[expenses.mileage_rates]]\nfrom_tax_year = 7\n");
    std::vector<std::string> keys;
    for (const auto& problem : check(path))
      keys.push_back(
          problem.substr(problem.find(", ") + 2, problem.find(':') - problem.find(", ") - 2));
    CHECK(keys == std::vector<std::string>{
                      "cases.letters_dir", "cases.categories", "expenses.require_budget",
                      "expenses.sanity_limit", "expenses.mileage_rates.from_tax_year",
                      "expenses.mileage_rates.car_pence", "expenses.mileage_rates.car_after_pence",
                      "expenses.mileage_rates.motorcycle_pence",
                      "expenses.mileage_rates.bicycle_pence",
                      "expenses.mileage_rates.passenger_pence", "expenses.import_columns.date",
                      "output.csv_bom", "audit.expenses.late_after_days", "statement.date_format"});
  }

  TEST_CASE("a wrong budget_warnings or statement.columns ends the reading of its table") {
    TempDir dir;
    CHECK(check(dir.write("[expenses]\nbudget_warnings = 1\nrequire_budget = 2\ncategories = 3\n"))
              .size() == 2);
    CHECK(check(dir.write("[statement]\ncolumns = 1\nrules = 2\n")).size() == 1);
  }

  TEST_CASE("start before end is checked straight after the hours, before the days") {
    TempDir dir;
    auto problems = check(dir.write("[working_hours]\nstart = \"18:00\"\ndays = 5\n"));
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].find("working_hours: start must be before end") != std::string::npos);
    CHECK(problems[1].find("working_hours.days") != std::string::npos);
  }
}
