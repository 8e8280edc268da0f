// The validated configuration: every setting with its built-in default, loaded from TOML.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "clerk/core/calendar.hpp"
#include "clerk/core/money.hpp"
#include "clerk/core/word_enum.hpp"

namespace clerk::config {

struct Office {
  std::string name = "Constituency Office";
  std::string address;  // lines separated by newlines
  std::string email;
  std::string phone;
};

struct Holidays {
  Nation nation = Nation::england_and_wales;
  std::vector<Holiday> extra;  // [[holidays.extra]] date = "...", title = "..."
};

struct WorkingHours {
  int start_minute = 9 * 60;                     // 09:00
  int end_minute = 17 * 60;                      // 17:00
  std::vector<unsigned> days = {1, 2, 3, 4, 5};  // ISO weekday numbers, Monday = 1
};

// Case response targets in working days (the complaint handling codes', the FOI Act's and
// UK GDPR's by default).
struct CaseTargets {
  int enquiry_acknowledge = 2;
  int enquiry_respond = 10;
  int casework_acknowledge = 2;
  int casework_respond = 10;
  int complaint_acknowledge = 5;
  int complaint_stage1 = 10;  // working days after acknowledgement
  int complaint_stage2 = 20;  // working days after escalation
  int foi_respond = 20;       // counted from the first working day after receipt
  int sar_months = 1;         // calendar months from receipt
  int sar_max_extension_months = 2;
};

// A service people with a problem of some category can be pointed to.
struct Signpost {
  std::string category;
  std::string name;
  std::string phone;
  std::string web;
  std::string notes;
};

struct Output {
  std::string tty_format = "table";  // default --format on a terminal
  std::string pipe_format = "tsv";   // default --format when stdout is not a terminal
  bool csv_bom = false;
  int text_width = 80;
  int page_lines = 60;
  // Page long output on a terminal through $PAGER (else less -FRX), as git does.
  bool pager = true;
  // Permission bits of the files clerk writes (exports, reports, letters): "0600" (owner only)
  // by default; "0640" lets the owner's group read them. Never executable or writable by others.
  unsigned file_mode = 0600;
};

struct Database {
  int busy_timeout_ms = 5000;
  // A team database (postgresql://…, any libpq URL), opened when neither --db nor CLERK_DB
  // names one: each person's config says where the office's database is.
  std::string url;
};

// How long records are kept before `audit retention --apply` anonymises or erases them (UK
// GDPR storage limitation). Years counted from closure, the end of the financial year, the
// event's last day, and the access.
struct Retention {
  int closed_cases_years = 6;
  int expenses_years = 6;
  int diary_years = 2;
  int access_log_years = 2;
};

// A report saved under [reports.NAME], for `clerk report run NAME` (from cron, say).
struct SavedReport {
  std::string name;                   // NAME
  std::string report;                 // caseload, expenses, budget, diary, actions or monthly
  std::string period = "last-month";  // any --period form, resolved on the day it runs
  std::string format = "text";
  std::string output;   // file (or directory for per-section csv) with {date} and {period}
                        // placeholders; empty: standard output
  std::string by;       // report expenses: claimant, category, budget or month
  std::string section;  // one table of the report (what --section takes); csv and tsv to
                        // standard output or one file need it
  int limit = 25;       // rows of case and action lists (0: all)
};

struct ExpenseCategory {
  std::string name;    // what --category takes
  std::string budget;  // the budget code its items are charged to unless --budget says otherwise
};

// Pence-per-mile mileage rates in force from the start of a tax year until the next entry.
// HMRC's table is built in (expense/mileage.hpp); entries here add to it or replace a year.
struct MileageRates {
  int from_tax_year = 0;    // 2011 = tax year 2011-12, from 6 April 2011
  int car_pence = 0;        // cars and vans, up to the threshold
  int car_after_pence = 0;  // cars and vans, beyond it
  int motorcycle_pence = 0;
  int bicycle_pence = 0;
  int passenger_pence = 0;       // per passenger per mile, cars and vans only
  int threshold_miles = 10'000;  // car and van business miles a tax year at the higher rate
};

struct Expenses {
  std::vector<ExpenseCategory> categories = {
      {"accommodation", "TRAVEL"}, {"equipment", "EQUIPMENT"}, {"mileage", "TRAVEL"},
      {"other", "GENERAL"},        {"phone", "PHONE"},         {"subsistence", "TRAVEL"},
      {"training", "TRAINING"},    {"travel", "TRAVEL"},       {"volunteer", "VOLUNTEERS"}};
  // One item above this is refused as a likely typing slip (£5,000 by default).
  Money sanity_limit = Money::from_pence(500'000);
  // `budget status` flags a code once its use reaches each of these percentages.
  std::vector<int> budget_warnings = {80, 100};
  // Spending on a code with no budget for its financial year needs a manager's override, as
  // going over a budget does; false lets finance approve it unbudgeted.
  bool require_budget = true;
  std::vector<MileageRates> mileage_rates;
  // Import column names: clerk's field → the header in the file (a card statement's "Amount").
  std::vector<std::pair<std::string, std::string>> import_columns;
};

// `audit expenses` thresholds ([audit.expenses]).
struct ExpenseChecks {
  Money receipt_above = Money::from_pence(2'500);  // items over this need a receipt
  int late_after_days = 90;                        // submitted this long after the spend is late
  Money round_sum = Money::from_pence(1'000);      // amounts a whole multiple of this are "round"
};

// A bank statement line's class in a Direct Payments audit.
enum class StatementClass {
  payment_in,
  care_agency,
  personal_assistant,
  hmrc,
  permitted,
  unexplained
};
const EnumWords& enum_words(StatementClass);

// Which way money moves on a statement line.
enum class Direction { in, out, any };
const EnumWords& enum_words(Direction);

// [[statement.rules]]: a line whose description contains any of `match` as whole words (ignoring
// case) and moves money in `direction` is of class `cls`; the first rule that matches wins.
struct StatementRule {
  StatementClass cls = StatementClass::permitted;
  std::vector<std::string> match;
  Direction direction = Direction::out;
};

// Rules for the usual descriptions: council payments in; agency, wages, HMRC and routine costs.
std::vector<StatementRule> default_statement_rules();

// How `audit statement` reads a bank's CSV export and judges it ([statement]).
struct Statement {
  // Column headers: one signed `amount` column, or `paid_in` and `paid_out` columns.
  std::string date_column = "Date";
  std::string description_column = "Description";
  std::string amount_column = "Amount";
  std::string paid_in_column;
  std::string paid_out_column;
  std::string balance_column = "Balance";
  std::string date_format = "dd/mm/yyyy";  // or "yyyy-mm-dd"
  int contingency_weeks = 8;    // the balance a recipient may keep: weeks of scheduled payments
  int payment_window_days = 7;  // a scheduled payment may arrive this many days either side
  std::vector<StatementRule> rules = default_statement_rules();
};

// Budget codes (`expense budget set CODE`, [expenses.categories]): 1-32 letters, digits, '.', '_'
// or '-'; stored upper-case.
bool valid_budget_code(std::string_view code);

// The fields `expense import` reads, which [expenses.import_columns] may rename.
const std::vector<std::string>& expense_import_fields();

struct Config {
  Office office;
  Holidays holidays;
  WorkingHours working_hours;
  std::vector<std::string> case_categories = {"housing",  "immigration", "welfare",     "benefits",
                                              "health",   "planning",    "transport",   "crime",
                                              "policing", "education",   "environment", "other"};
  CaseTargets targets;
  std::vector<Signpost> signposting;
  std::filesystem::path letters_dir;  // extra letter templates; default: letters/ beside the config
  Expenses expenses;
  ExpenseChecks expense_checks;
  Statement statement;
  Output output;
  Database database;
  Retention retention;
  std::vector<SavedReport> reports;  // in name order
  std::filesystem::path path;        // the file it came from; empty when built-in defaults
  bool from_file = false;
};

// The directory letter templates are read from (letters_dir, or letters/ beside the config).
std::filesystem::path letter_directory(const Config& config,
                                       const std::filesystem::path& config_path);

// The `[database] url` of the config at `path`, or "" when the file is missing or has none.
std::string database_url(const std::filesystem::path& path);

// Loads `path`. When the file does not exist: built-in defaults if `must_exist` is false, else
// Error{missing}. Any problem is Error{config} naming the key and line.
Config load(const std::filesystem::path& path, bool must_exist);

// Every problem in the file (not only the first), for `config check`; empty when valid.
std::vector<std::string> check(const std::filesystem::path& path);

// The effective configuration as TOML, for `config show` (loadable again by load()).
std::string to_toml(const Config& config);

// The commented default file `clerk init` writes.
std::string default_file_text();

}  // namespace clerk::config
