// The validated configuration: every setting with its built-in default, loaded from TOML.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "clerk/core/calendar.hpp"

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
};

struct Database {
  int busy_timeout_ms = 5000;
};

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
  Output output;
  Database database;
  std::filesystem::path path;  // the file it came from; empty when built-in defaults
  bool from_file = false;
};

// The directory letter templates are read from (letters_dir, or letters/ beside the config).
std::filesystem::path letter_directory(const Config& config,
                                       const std::filesystem::path& config_path);

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
