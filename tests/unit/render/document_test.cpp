#include "clerk/render/document.hpp"

#include <doctest/doctest.h>

#include <sstream>

#include "clerk/core/error.hpp"

using namespace clerk;
using namespace clerk::render;

namespace {

Document briefing() {
  Document document;
  document.title = "Briefing";
  document.marking = "OFFICIAL";
  document.blocks.push_back(Heading{1, "Summary"});
  document.blocks.push_back(Paragraph{"Two claims await approval."});
  document.blocks.push_back(
      Section{"claims", "Claims",
              Table{{{"id", "ID", Kind::integer}, {"amount", "Amount", Kind::money}},
                    {{int64_t{1}, Money::from_pence(1200)}, {int64_t{2}, Money::from_pence(350)}}},
              false});
  document.blocks.push_back(
      Section{"owner", "Owner",
              Table{{{"name", "Name", Kind::text}, {"role", "Role", Kind::text}},
                    {{std::string("Ann"), std::string("caseworker")}}},
              true});
  return document;
}

std::string rendered(const Document& document, Format format, const Options& options = {}) {
  std::ostringstream out;
  write(document, format, out, options);
  return out.str();
}

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> parts;
  size_t start = 0;
  while (true) {
    const auto end = s.find(sep, start);
    parts.push_back(s.substr(start, end - start));
    if (end == std::string::npos) return parts;
    start = end + 1;
  }
}

}  // namespace

TEST_SUITE("render/document") {
  TEST_CASE("table output underlines headings and shows sections as tables and records") {
    CHECK(rendered(briefing(), Format::table) ==
          "OFFICIAL\n"
          "\n"
          "Briefing\n"
          "========\n"
          "\n"
          "Summary\n"
          "=======\n"
          "\n"
          "Two claims await approval.\n"
          "\n"
          "Claims\n"
          "------\n"
          "ID  Amount\n"
          "──  ──────\n"
          " 1  £12.00\n"
          " 2   £3.50\n"
          "\n"
          "Owner\n"
          "-----\n"
          "Name  Ann\n"
          "Role  caseworker\n"
          "\n"
          "OFFICIAL\n");
  }

  TEST_CASE("paragraphs wrap at the width, or at 80 columns when there is none") {
    std::string words;
    for (int i = 0; i < 20; ++i) words += i ? " abcd" : "abcd";
    Document document;
    document.blocks.push_back(Paragraph{words});
    const auto wide = split(rendered(document, Format::table), '\n');
    REQUIRE(wide.size() == 3);
    CHECK(wide[0].size() == 79);
    CHECK(wide[1].size() == 19);
    Options options;
    options.width = 30;
    for (const auto& line : split(rendered(document, Format::table, options), '\n'))
      CHECK(line.size() <= 30);
  }

  TEST_CASE("a level-two heading is underlined with dashes") {
    Document document;
    document.blocks.push_back(Heading{2, "Actions"});
    CHECK(rendered(document, Format::table) == "Actions\n-------\n");
  }

  TEST_CASE("printed text puts the marking first and last on every page and numbers pages") {
    auto document = briefing();
    auto& claims = std::get<Section>(document.blocks[2]).table;
    for (int i = 3; i <= 6; ++i) claims.rows.push_back({int64_t{i}, Money::from_pence(100)});
    Options options;
    options.width = 40;
    options.page_lines = 12;
    const auto pages = split(rendered(document, Format::text, options), '\f');
    REQUIRE(pages.size() == 4);
    for (size_t p = 0; p < pages.size(); ++p) {
      CAPTURE(p);
      auto lines = split(pages[p], '\n');
      lines.pop_back();
      REQUIRE(lines.size() == 12);
      CHECK(lines.front() == std::string(16, ' ') + "OFFICIAL");
      CHECK(lines.back() == std::string(16, ' ') + "OFFICIAL");
      CHECK(lines[1] ==
            "Briefing" + std::string(21, ' ') + "Page " + std::to_string(p + 1) + " of 4");
    }
    // The section heading moved to a new page with its table, whose header repeats on the next.
    CHECK(split(pages[1], '\n')[3] == "Claims");
    CHECK(split(pages[2], '\n')[3] == "ID  Amount");
  }

  TEST_CASE("markdown has # headings, paragraphs and tables") {
    CHECK(rendered(briefing(), Format::md) ==
          "**OFFICIAL**\n\n# Briefing\n\n"
          "# Summary\n\n"
          "Two claims await approval.\n\n"
          "## Claims\n\n"
          "| ID | Amount |\n| ---: | ---: |\n| 1 | £12.00 |\n| 2 | £3.50 |\n\n"
          "## Owner\n\n"
          "| Field | Value |\n| --- | --- |\n| Name | Ann |\n| Role | caseworker |\n\n"
          "**OFFICIAL**\n");
  }

  TEST_CASE("json is one object: title, marking and a member per section") {
    CHECK(rendered(briefing(), Format::json) ==
          "{\n"
          "  \"title\": \"Briefing\",\n"
          "  \"marking\": \"OFFICIAL\",\n"
          "  \"claims\": [\n"
          "    {\"id\": 1, \"amount_pence\": 1200},\n"
          "    {\"id\": 2, \"amount_pence\": 350}\n"
          "  ],\n"
          "  \"owner\": {\n"
          "    \"name\": \"Ann\",\n"
          "    \"role\": \"caseworker\"\n"
          "  }\n"
          "}\n");
  }

  TEST_CASE(
      "json gives null for a missing title or marking and an empty array for an empty section") {
    Document document;
    document.blocks.push_back(Section{"none", "", Table{{{"a", "A", Kind::text}}, {}}, false});
    document.blocks.push_back(Section{"blank", "", Table{{{"a", "A", Kind::text}}, {}}, true});
    CHECK(rendered(document, Format::json) ==
          "{\n  \"title\": null,\n  \"marking\": null,\n  \"none\": [],\n"
          "  \"blank\": {\n    \"a\": null\n  }\n}\n");
  }

  TEST_CASE("a section key that clashes with another member is an internal error") {
    Document document;
    document.blocks.push_back(Section{"title", "", Table{}, false});
    try {
      rendered(document, Format::json);
      FAIL("expected an error");
    } catch (const Error& e) {
      CHECK(e.kind() == ErrorKind::internal);
    }
  }

  TEST_CASE("jsonl is one line per section row, tagged with the section") {
    CHECK(rendered(briefing(), Format::jsonl) ==
          "{\"section\":\"claims\",\"id\":1,\"amount_pence\":1200}\n"
          "{\"section\":\"claims\",\"id\":2,\"amount_pence\":350}\n"
          "{\"section\":\"owner\",\"name\":\"Ann\",\"role\":\"caseworker\"}\n");
  }

  TEST_CASE("csv is each section's header and rows with a blank line between, BOM once") {
    Options options;
    options.bom = true;
    CHECK(rendered(briefing(), Format::csv, options) ==
          "\xEF\xBB\xBF"
          "id,amount\n1,12.00\n2,3.50\n\nname,role\nAnn,caseworker\n");
    CHECK(rendered(briefing(), Format::tsv) ==
          "id\tamount\n1\t12.00\n2\t3.50\n\nname\trole\nAnn\tcaseworker\n");
  }

  TEST_CASE("html is one page with headings, paragraphs, tables and the marking twice") {
    const auto page = rendered(briefing(), Format::html);
    CHECK(page.starts_with("<!DOCTYPE html>\n"));
    CHECK(page.find("<body>\n<p class=\"marking\">OFFICIAL</p>\n<h1>Briefing</h1>\n"
                    "<h1>Summary</h1>\n<p>Two claims await approval.</p>\n<h2>Claims</h2>\n"
                    "<table>\n") != std::string::npos);
    CHECK(page.find("<h2>Owner</h2>\n<table class=\"record\">") != std::string::npos);
    CHECK(page.ends_with("<p class=\"marking\">OFFICIAL</p>\n</body>\n</html>\n"));
  }

  TEST_CASE("the document's title and marking win: the options fill in what it lacks") {
    Options options;
    options.title = "From options";
    options.marking = "OFFICIAL-SENSITIVE";
    Document document = briefing();
    CHECK(rendered(document, Format::md, options).starts_with("**OFFICIAL**\n\n# Briefing\n"));
    document.title.clear();
    document.marking.clear();
    CHECK(rendered(document, Format::md, options)
              .starts_with("**OFFICIAL-SENSITIVE**\n\n# From options\n"));
  }

  TEST_CASE("one section can be picked by its key: an unknown key names the keys there are") {
    const Document one = only_section(briefing(), "owner");
    CHECK(section_keys(one) == std::vector<std::string>{"owner"});
    CHECK(one.title == "Briefing");
    CHECK(one.marking == "OFFICIAL");
    try {
      only_section(briefing(), "claim");
      FAIL("expected an error");
    } catch (const Error& e) {
      CHECK(e.kind() == ErrorKind::usage);
      CHECK(e.field() == "section");
      CHECK(e.suggestions() == std::vector<std::string>{"claims"});
    }
  }

  TEST_CASE("csv and tsv take one table a stream: prose alone is refused, not printed empty") {
    CHECK_NOTHROW(check_fits_one_stream(briefing(), Format::json));
    CHECK_NOTHROW(check_fits_one_stream(briefing(), Format::text));
    CHECK_NOTHROW(check_fits_one_stream(only_section(briefing(), "claims"), Format::csv));
    for (const auto format : {Format::csv, Format::tsv}) {
      CAPTURE(word(format));
      try {
        check_fits_one_stream(briefing(), format);
        FAIL("expected an error");
      } catch (const Error& e) {
        CHECK(e.kind() == ErrorKind::usage);
        CHECK(e.field() == "section");
      }
      Document letter;
      letter.blocks.push_back(Paragraph{"Dear Mrs Jones,"});
      try {
        check_fits_one_stream(letter, format);
        FAIL("expected an error");
      } catch (const Error& e) {
        CHECK(e.kind() == ErrorKind::usage);
        CHECK(e.field() == "format");
      }
    }
  }

  TEST_CASE("a section listing marked records raises the document's marking") {
    Document document = briefing();
    document.blocks.push_back(Section{
        "cases", "Cases",
        Table{{{"ref", "Case", Kind::text}, {.key = "marking", .label = "Marking", .marks = true}},
              {{std::string("C-2026-00001"), std::string("OFFICIAL-SENSITIVE")}}},
        false});
    CHECK(rendered(document, Format::md, Options{})
              .starts_with("**OFFICIAL-SENSITIVE**\n\n# Briefing\n"));
  }
}
