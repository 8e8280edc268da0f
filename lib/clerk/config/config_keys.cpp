#include "clerk/config/config_keys.hpp"

#include <algorithm>
#include <optional>
#include <string>

#include "clerk/config/scalar_keys.hpp"
#include "clerk/config/structured_keys.hpp"
#include "clerk/render/table.hpp"

namespace clerk::config {
namespace {

std::optional<std::string> not_a_format(const std::string& value) {
  if (find_word<render::Format>(value)) return std::nullopt;
  return not_one_of_text(value, words<render::Format>());
}

std::optional<std::string> not_a_database_url(const std::string& value) {
  if (value.rfind("postgresql://", 0) == 0 || value.rfind("postgres://", 0) == 0)
    return std::nullopt;
  return "must be a postgresql:// URL (a file database is given with --db or CLERK_DB)";
}

std::optional<std::string> not_a_date_format(const std::string& value) {
  if (value == "dd/mm/yyyy" || value == "yyyy-mm-dd") return std::nullopt;
  return "must be \"dd/mm/yyyy\" or \"yyyy-mm-dd\"";
}

void start_before_end(Problems& problems, const toml::table&, const std::string&,
                      WorkingHours& hours) {
  if (hours.start_minute >= hours.end_minute)
    problems.add_unplaced("working_hours", "start must be before end");
}

void positive_round_sum(Problems& problems, const toml::table&, const std::string& prefix,
                        ExpenseChecks& checks) {
  if (checks.round_sum <= Money())
    problems.add_unplaced(prefix + "round_sum", "must be more than zero");
}

// Separate paid-in and paid-out columns replace the one signed amount column.
void amount_columns(Problems& problems, const toml::table& columns, const std::string& prefix,
                    Statement& s) {
  if (!s.paid_in_column.empty() || !s.paid_out_column.empty()) {
    if (s.paid_in_column.empty() || s.paid_out_column.empty())
      problems.add(columns, prefix + "paid_in", "paid_in and paid_out go together");
    if (!columns.get("amount"))
      s.amount_column.clear();
    else
      problems.add(*columns.get("amount"), prefix + "amount",
                   "give amount or paid_in/paid_out, not both");
  }
  if (s.amount_column.empty() && s.paid_in_column.empty())
    problems.add(columns, prefix + "amount",
                 "an amount column (or paid_in and paid_out) is needed");
  for (const std::string* col : {&s.date_column, &s.description_column, &s.balance_column})
    if (col->empty())
      problems.add(columns, prefix + "columns", "date, description and balance need a header");
}

bool signed_amount(const Statement& s) { return s.paid_in_column.empty(); }
bool paid_in_and_out(const Statement& s) { return !s.paid_in_column.empty(); }

bool has_category_and_name(Problems& problems, const toml::table& entry, const std::string& key,
                           const Signpost& signpost) {
  if (!signpost.category.empty() && !signpost.name.empty()) return true;
  problems.add(entry, key, "each entry needs a category and a name");
  return false;
}

// What `report` and `format` name is checked when the report runs (report/saved_report).
bool names_a_report(Problems& problems, const toml::table& entry, const std::string& key,
                    const SavedReport& saved) {
  if (!saved.report.empty()) return true;
  problems.add(entry, key + ".report", "each saved report needs a report (e.g. monthly)");
  return false;
}

// Signposting is read before the categories it names may be, so it is checked at the end.
void signposts_name_case_categories(Problems& problems, const toml::table&, const std::string&,
                                    Config& config) {
  const auto& categories = config.case_categories;
  for (const auto& sp : config.signposting)
    if (std::find(categories.begin(), categories.end(), sp.category) == categories.end())
      problems.add_unplaced("signposting.category",
                            "'" + sp.category + "' (for " + sp.name + ") is not a case category");
}

// One function per table of the file, one line per key.

Table<Office> office_keys() {
  return {{
      text("name", &Office::name),
      text("address", &Office::address),
      text("email", &Office::email),
      text("phone", &Office::phone),
  }};
}

Table<Holidays> holiday_keys() {
  return {{
      one_of("nation", &Holidays::nation),
      extra_holidays("extra"),
  }};
}

Table<WorkingHours> working_hours_keys() {
  return {{
      clock_time("start", &WorkingHours::start_minute),
      clock_time("end", &WorkingHours::end_minute).then_check(start_before_end),
      weekdays("days", &WorkingHours::days),
  }};
}

Table<Config> case_keys() {
  return Table<Config>({
                           names("categories", &Config::case_categories),
                           directory("letters_dir", &Config::letters_dir),
                       })
      .read_in_order({"letters_dir", "categories"});
}

// Working days, but for subject access the months.
Table<CaseTargets> target_keys() {
  using T = CaseTargets;
  auto days = [](const char* name, int T::*member) { return whole(name, member, 0, 400); };
  return {{
      inline_table("enquiry", Table<T>({
                                  days("acknowledge", &T::enquiry_acknowledge),
                                  days("respond", &T::enquiry_respond),
                              })),
      inline_table("casework", Table<T>({
                                   days("acknowledge", &T::casework_acknowledge),
                                   days("respond", &T::casework_respond),
                               })),
      inline_table("complaint", Table<T>({
                                    days("acknowledge", &T::complaint_acknowledge),
                                    days("stage1", &T::complaint_stage1),
                                    days("stage2", &T::complaint_stage2),
                                })),
      inline_table("foi", Table<T>({
                              days("respond", &T::foi_respond),
                          })),
      inline_table("sar", Table<T>({
                              days("months", &T::sar_months),
                              days("max_extension_months", &T::sar_max_extension_months),
                          })),
  }};
}

Table<Signpost> signpost_keys() {
  return {{
      text("category", &Signpost::category),
      text("name", &Signpost::name),
      text("phone", &Signpost::phone),
      text("web", &Signpost::web),
      text("notes", &Signpost::notes),
  }};
}

Table<MileageRates> mileage_rate_keys() {
  using M = MileageRates;
  auto pence = [](const char* name, int M::*member) {
    return whole(name, member, 0, 1000).required();
  };
  return {{
      whole("from_tax_year", &M::from_tax_year, 1990, 9998).required(),
      pence("car_pence", &M::car_pence),
      pence("car_after_pence", &M::car_after_pence),
      pence("motorcycle_pence", &M::motorcycle_pence),
      pence("bicycle_pence", &M::bicycle_pence),
      pence("passenger_pence", &M::passenger_pence),
      whole("threshold_miles", &M::threshold_miles, 0, 1'000'000),
  }};
}

Table<Expenses> expense_keys() {
  return Table<Expenses>(
             {
                 money("sanity_limit", &Expenses::sanity_limit, "5000.00", true),
                 percentages("budget_warnings", &Expenses::budget_warnings).ends_table_if_refused(),
                 flag("require_budget", &Expenses::require_budget),
                 expense_categories("categories"),
                 import_columns("import_columns"),
                 table_array("mileage_rates", &Expenses::mileage_rates, mileage_rate_keys()),
             })
      .read_in_order({"require_budget", "sanity_limit", "budget_warnings", "categories",
                      "mileage_rates", "import_columns"});
}

Table<ExpenseChecks> expense_check_keys() {
  return {{
              money("receipt_above", &ExpenseChecks::receipt_above, "25.00"),
              whole("late_after_days", &ExpenseChecks::late_after_days, 1, 3660),
              money("round_sum", &ExpenseChecks::round_sum, "25.00"),
          },
          positive_round_sum};
}

Table<Statement> statement_column_keys() {
  using S = Statement;
  return {{
              text("date", &S::date_column),
              text("description", &S::description_column),
              text("amount", &S::amount_column).written_if(signed_amount),
              text("paid_in", &S::paid_in_column).written_if(paid_in_and_out),
              text("paid_out", &S::paid_out_column).written_if(paid_in_and_out),
              text("balance", &S::balance_column),
          },
          amount_columns};
}

Table<Statement> statement_keys() {
  using S = Statement;
  return {{
      text("date_format", &S::date_format, not_a_date_format),
      whole("contingency_weeks", &S::contingency_weeks, 0, 520),
      whole("payment_window_days", &S::payment_window_days, 0, 31),
      table("columns", statement_column_keys(), "must be a table: field = \"Header\"")
          .ends_table_if_refused(),
      statement_rules("rules"),
  }};
}

Table<Output> output_keys() {
  return {{
      text("tty_format", &Output::tty_format, not_a_format),
      text("pipe_format", &Output::pipe_format, not_a_format),
      flag("csv_bom", &Output::csv_bom),
      whole("text_width", &Output::text_width, 40, 400),
      whole("page_lines", &Output::page_lines, 10, 1000),
      flag("pager", &Output::pager),
      file_mode("mode", &Output::file_mode),
  }};
}

Table<Database> database_keys() {
  return {{
      whole("busy_timeout_ms", &Database::busy_timeout_ms, 0, 600000),
      optional_text("url", &Database::url, not_a_database_url),
  }};
}

Table<Retention> retention_keys() {
  auto years = [](const char* name, int Retention::*member) { return whole(name, member, 1, 100); };
  return {{
      years("closed_cases_years", &Retention::closed_cases_years),
      years("expenses_years", &Retention::expenses_years),
      years("diary_years", &Retention::diary_years),
      years("access_log_years", &Retention::access_log_years),
  }};
}

Table<SavedReport> saved_report_keys() {
  return {{
      text("report", &SavedReport::report),
      text("period", &SavedReport::period),
      text("format", &SavedReport::format),
      optional_text("output", &SavedReport::output),
      optional_text("by", &SavedReport::by),
      optional_text("section", &SavedReport::section),
      whole("limit", &SavedReport::limit, 0, 1000000),
  }};
}

Table<Config> make_config_keys() {
  return Table<Config>(
             {
                 table("office", &Config::office, office_keys()),
                 table("holidays", &Config::holidays, holiday_keys()),
                 table("working_hours", &Config::working_hours, working_hours_keys()),
                 table("cases", case_keys()),
                 table("targets", &Config::targets, target_keys()),
                 table_array(
                     "signposting", &Config::signposting, signpost_keys(),
                     {"must be an array of tables ([[signposting]])", "each entry must be a table"},
                     KeepEntry<Signpost>(has_category_and_name)),
                 table("expenses", &Config::expenses, expense_keys()),
                 table("audit",
                       Table<Config>({
                           table("expenses", &Config::expense_checks, expense_check_keys()),
                       })),
                 table("statement", &Config::statement, statement_keys()),
                 table("output", &Config::output, output_keys()),
                 table("database", &Config::database, database_keys()),
                 table("retention", &Config::retention, retention_keys()),
                 named_tables("reports", &Config::reports, &SavedReport::name, saved_report_keys(),
                              KeepEntry<SavedReport>(names_a_report)),
             },
             signposts_name_case_categories)
      .read_in_order({"office", "holidays", "working_hours", "cases", "targets", "signposting",
                      "expenses", "output", "database", "retention", "audit", "statement",
                      "reports"});
}

}  // namespace

const Table<Config>& config_keys() {
  static const Table<Config> keys = make_config_keys();
  return keys;
}

}  // namespace clerk::config
