#include "clerk/core/word_enum.hpp"

#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "clerk/casework/case.hpp"
#include "clerk/casework/case_store.hpp"
#include "clerk/config/config.hpp"
#include "clerk/core/calendar.hpp"
#include "clerk/core/text.hpp"
#include "clerk/diary/event.hpp"
#include "clerk/diary/recurrence.hpp"
#include "clerk/directpay/schedule.hpp"
#include "clerk/expense/claim.hpp"
#include "clerk/expense/expense_checks.hpp"
#include "clerk/expense/mileage.hpp"
#include "clerk/people/contact.hpp"
#include "clerk/people/permission.hpp"
#include "clerk/people/staff.hpp"
#include "clerk/render/table.hpp"
#include "clerk/report/report.hpp"

using namespace clerk;
using casework::Priority;

namespace {

// Every value's word reads back as that value, exactly, in upper case and padded; no two words
// (or aliases) of one enumeration read alike; and the enumeration names what it is.
template <class E>
void check_words() {
  const EnumWords& w = enum_words(E{});
  CAPTURE(w.what);
  CHECK_FALSE(w.what.empty());
  REQUIRE_FALSE(w.words.empty());
  for (size_t i = 0; i < w.words.size(); ++i) {
    const E value = static_cast<E>(i);
    CAPTURE(w.words[i]);
    CHECK(word(value) == w.words[i]);
    CHECK(parse_word<E>(word(value)) == value);
    CHECK(parse_word<E>(" " + text::upper(word(value)) + "\t") == value);
    for (size_t j = 0; j < i; ++j) CHECK_FALSE(word_matches(w.words[i], w.words[j]));
  }
  for (const auto& [alias, index] : w.aliases) {
    CAPTURE(alias);
    CHECK(index < w.words.size());
    CHECK(find_word<E>(alias) == static_cast<E>(index));
    for (const auto& each : w.words) CHECK_FALSE(word_matches(alias, each));
  }
}

// The enumerations the walk below covers; a new one must be added (the count is checked).
constexpr int kWalked = 25;

void check_every_enumeration() {
  check_words<casework::CaseType>();
  check_words<casework::Channel>();
  check_words<casework::Priority>();
  check_words<casework::Marking>();
  check_words<casework::Status>();
  check_words<casework::Outcome>();
  check_words<casework::Direction>();
  check_words<casework::Move>();
  check_words<casework::CaseSort>();
  check_words<config::StatementClass>();
  check_words<config::Direction>();
  check_words<Nation>();
  check_words<diary::EventKind>();
  check_words<diary::Repeat>();
  check_words<diary::MonthlyBy>();
  check_words<directpay::Every>();
  check_words<expense::Status>();
  check_words<expense::Vehicle>();
  check_words<expense::Severity>();
  check_words<people::Role>();
  check_words<people::Permission>();
  check_words<people::ContactKind>();
  check_words<render::Format>();
  check_words<report::ReportKind>();
  check_words<report::ExpenseGrouping>();
}

Error refusal(std::string_view text, std::string_view field = {}) {
  try {
    parse_word<Priority>(text, field);
  } catch (const Error& e) {
    return e;
  }
  FAIL("'" << text << "' was read as a priority");
  return Error(ErrorKind::internal, "");
}

}  // namespace

TEST_SUITE("core/word_enum") {
  TEST_CASE("a word reads as its value exactly, trimmed and in any case") {
    CHECK(parse_word<Priority>("high") == Priority::high);
    CHECK(parse_word<Priority>("  urgent\n") == Priority::urgent);
    CHECK(parse_word<Priority>("LOW") == Priority::low);
    CHECK(parse_word<casework::Marking>("official-sensitive") ==
          casework::Marking::official_sensitive);
    CHECK(find_word<Priority>("Normal") == Priority::normal);
  }

  TEST_CASE("an alias reads as its value but is never written or offered") {
    CHECK(parse_word<expense::Vehicle>("van") == expense::Vehicle::car);
    CHECK(parse_word<people::ContactKind>("Organization") == people::ContactKind::organisation);
    CHECK(word(expense::Vehicle::car) == "car");
    CHECK(words<expense::Vehicle>() == std::vector<std::string>{"car", "motorcycle", "bicycle"});
  }

  TEST_CASE("a word that is not one is refused as bad data naming the field") {
    Error e = refusal("hgih");
    CHECK(e.kind() == ErrorKind::bad_data);
    CHECK(e.field() == "priority");
    CHECK(refusal("top", "import.priority").field() == "import.priority");
    CHECK_FALSE(find_word<Priority>("").has_value());
    CHECK_FALSE(find_word<Priority>("hi gh").has_value());
  }

  TEST_CASE("the refusal lists the words and suggests a near miss, in one shape") {
    CHECK(refusal("hgh").describe() ==
          "priority: 'hgh' is not one of low, normal, high, urgent (did you mean high?)");
    CHECK(refusal("hgh").suggestions() == std::vector<std::string>{"high"});
    // The issue's own example: two letters swapped is one slip, not two.
    CHECK(refusal("hgih").describe() ==
          "priority: 'hgih' is not one of low, normal, high, urgent (did you mean high?)");
    CHECK(refusal("top").describe() == "priority: 'top' is not one of low, normal, high, urgent");
    CHECK(refusal("top").suggestions().empty());
    CHECK(not_one_of_text("hgh", words<Priority>()) ==
          "'hgh' is not one of low, normal, high, urgent (did you mean high?)");
  }

  TEST_CASE("the command line refuses an option value in the same words as a usage error") {
    Error e = not_one_of("pdf", "format", words<render::Format>(), ErrorKind::usage);
    CHECK(e.kind() == ErrorKind::usage);
    CHECK(e.describe() ==
          "format: 'pdf' is not one of table, csv, tsv, json, jsonl, md, text, html");
  }

  TEST_CASE("every enumeration with words reads each of its words back as its value") {
    check_every_enumeration();
    // Each `enum_words` declared in lib/ is walked above.
    const char* source = std::getenv("CLERK_SOURCE_DIR");
    if (source == nullptr) {
      MESSAGE("CLERK_SOURCE_DIR unset: not counting the declarations");
      return;
    }
    int declared = 0;
    for (const auto& entry :
         std::filesystem::recursive_directory_iterator(std::filesystem::path(source) / "lib")) {
      if (entry.path().extension() != ".hpp" || entry.path().filename() == "word_enum.hpp")
        continue;
      std::ifstream in(entry.path());
      std::stringstream text;
      text << in.rdbuf();
      const std::string s = text.str();
      for (size_t at = s.find("const EnumWords& enum_words("); at != std::string::npos;
           at = s.find("const EnumWords& enum_words(", at + 1))
        ++declared;
    }
    CHECK(declared == kWalked);
  }
}
