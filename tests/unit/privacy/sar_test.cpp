#include "clerk/privacy/sar.hpp"

#include <doctest/doctest.h>

#include <algorithm>

using namespace clerk;

TEST_SUITE("audit/sar") {
  TEST_CASE("runs of capitalised words are candidate names") {
    auto names = privacy::name_candidates("Spoke to Mrs Ann Jones and Bob Smith. then lunch");
    auto has = [&](const char* n) {
      return std::find(names.begin(), names.end(), n) != names.end();
    };
    CHECK(has("Mrs Ann Jones"));
    CHECK(has("Ann Jones"));
    CHECK(has("Bob Smith"));
    CHECK_FALSE(has("Smith then"));
    CHECK_FALSE(has("Jones and"));
  }

  TEST_CASE("other people's emails and phone numbers are flagged, the subject's are not") {
    privacy::SarSubject me{{"ann jones"}, "ann@example.org", "07700900123"};
    std::vector<privacy::SarReview> out;
    privacy::scan_text(me, "case_timeline", 7, "text",
                       "Ann (ann@example.org, 07700 900123) says call Bob on 029 2000 1234 or "
                       "bob@example.net",
                       out);
    REQUIRE(out.size() == 2);
    CHECK(out[0].found == "bob@example.net");
    CHECK(out[1].found == "029 2000 1234");
    CHECK(out[1].record_id == 7);
  }

  TEST_CASE("digits inside a longer run are not a phone number") {
    // An audit entry's hash or a reference can hold ten digits after a 0; flagging it made the
    // review list depend on the random hashes of the day.
    privacy::SarSubject me{{"ann jones"}, "ann@example.org", "07700900123"};
    std::vector<privacy::SarReview> out;
    privacy::scan_text(me, "audit_entries", 1, "payload",
                       "hash 9fa01234567890bc, id 2026012345678901, ref X02920001234", out);
    CHECK(out.empty());
    privacy::scan_text(me, "audit_entries", 1, "payload", "(02920001234) or +44 29 2000 1234.",
                       out);
    REQUIRE(out.size() == 2);
    CHECK(out[0].found == "02920001234");
  }

  TEST_CASE("the JSON export holds each section and the review") {
    privacy::SarExport sar;
    sar.contact_id = 3;
    sar.sections.push_back({"contact", "Contact", {{3, {{"name", "\"Ann\"", "Ann"}}}}});
    sar.review.push_back({"contact", 3, "notes", "Bob", "why"});
    auto json = privacy::sar_json(sar);
    CHECK(json.find("\"contact\":[\n{\"name\":\"Ann\"}]") != std::string::npos);
    CHECK(json.find("\"found\":\"Bob\"") != std::string::npos);
    auto text = privacy::sar_text(sar);
    CHECK(text.find("  name: Ann\n") != std::string::npos);
  }
}
