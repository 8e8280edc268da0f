#include "clerk/config/config.hpp"

#include <cctype>

// The value rules of the config that are not about the file (config_read and config_write):
// statement words and default rules, budget codes, import fields, the letters directory.
namespace clerk::config {

namespace fs = std::filesystem;

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

}  // namespace clerk::config
