#include <doctest/doctest.h>

#include <sstream>

#include "clerk/render/writer.hpp"

using namespace clerk;
using namespace clerk::render;

namespace {

const std::vector<Column> kColumns = {{"id", "ID", Kind::integer}, {"name", "Name", Kind::text}};

Table numbered(int rows) {
  Table table{kColumns, {}};
  for (int i = 1; i <= rows; ++i)
    table.rows.push_back({int64_t{i}, std::string("row ") + std::to_string(i)});
  return table;
}

std::string text(const Table& table, const Options& options) {
  std::ostringstream out;
  write(table, Format::text, out, options);
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

Options page_options() {
  Options options;
  options.title = "Claims";
  options.marking = "OFFICIAL";
  options.width = 40;
  options.page_lines = 12;
  return options;
}

}  // namespace

TEST_SUITE("render/text_writer") {
  TEST_CASE("a page carries the marking first and last, the title and its page number") {
    const std::string marking = std::string(16, ' ') + "OFFICIAL\n";
    CHECK(text(numbered(2), page_options()) ==
          marking + "Claims" + std::string(23, ' ') +
              "Page 1 of 1\n"
              "\n"
              "ID  Name\n"
              "--  -----\n"
              " 1  row 1\n"
              " 2  row 2\n"
              "\n\n\n"  // padding: every page is page_lines long
              "\n" +
              marking);
  }

  TEST_CASE("a long table is paginated with form feeds, header and marking on every page") {
    const auto pages = split(text(numbered(10), page_options()), '\f');
    REQUIRE(pages.size() == 2);
    for (size_t p = 0; p < pages.size(); ++p) {
      CAPTURE(p);
      auto lines = split(pages[p], '\n');
      REQUIRE(lines.back().empty());  // each page ends with a newline
      lines.pop_back();
      REQUIRE(lines.size() == 12);
      CHECK(lines.front() == std::string(16, ' ') + "OFFICIAL");
      CHECK(lines.back() == std::string(16, ' ') + "OFFICIAL");
      CHECK(lines[1].ends_with("Page " + std::to_string(p + 1) + " of 2"));
      CHECK(lines[3] == "ID  Name");
      CHECK(lines[4] == "--  ------");
      CHECK(lines[5] == (p == 0 ? " 1  row 1" : " 6  row 6"));
      CHECK(lines[9] == (p == 0 ? " 5  row 5" : "10  row 10"));
    }
  }

  TEST_CASE("the subtitle sits under the title") {
    Options options = page_options();
    options.subtitle = "November 2026";
    options.page_lines = 0;
    const auto lines = split(text(numbered(1), options), '\n');
    CHECK(lines[1].starts_with("Claims"));
    CHECK(lines[2] == "November 2026");
    CHECK(lines[3].empty());
    CHECK(lines[4] == "ID  Name");
  }

  TEST_CASE("without a marking or a width, pages are 80 columns with no marking lines") {
    Options options;
    options.page_lines = 0;
    CHECK(text(numbered(1), options) ==
          std::string(69, ' ') + "Page 1 of 1\n\nID  Name\n--  -----\n 1  row 1\n");
  }

  TEST_CASE("a table wider than the page wraps its free text onto continuation lines") {
    Options options;
    options.width = 20;
    options.page_lines = 0;
    const Table table{kColumns, {{int64_t{1}, std::string("damp and mould in the back bedroom")}}};
    const auto lines = split(text(table, options), '\n');
    CHECK(lines[2] == "ID  Name");
    CHECK(lines[4] == " 1  damp and mould");
    CHECK(lines[5] == "    in the back");
    CHECK(lines[6] == "    bedroom");
  }

  TEST_CASE("an identifier is never cut, however narrow the page") {
    Options options;
    options.width = 20;
    options.page_lines = 0;
    const Table table{{{"ref", "Ref", Kind::text}, {"due", "Due", Kind::date}},
                      {{std::string("C-2026-00001"), Date::parse_iso("2026-12-04", "due")}}};
    const auto lines = split(text(table, options), '\n');
    CHECK(lines[4] == "C-2026-00001  2026-12-04");
  }

  TEST_CASE("low-value columns are left out, highest drop first, and named under the table") {
    Options options;
    options.width = 30;
    options.page_lines = 0;
    const Table table{{{"ref", "Ref", Kind::text},
                       {"priority", "Priority", Kind::text, 1},
                       {"due", "Due", Kind::date},
                       {"marking", "Marking", Kind::text, 2}},
                      {{std::string("C-2026-00001"), std::string("normal"),
                        Date::parse_iso("2026-12-04", "due"), std::string("OFFICIAL")}}};
    const auto lines = split(text(table, options), '\n');
    CHECK(lines[2] == "Ref           Due");
    CHECK(lines[4] == "C-2026-00001  2026-12-04");
    CHECK(lines[5] == "Not shown, to fit the page:");
    CHECK(lines[6] == "Priority, Marking (--format");
  }

  TEST_CASE("a marking column puts the highest marking listed at the top and bottom of the page") {
    Options options;
    options.width = 40;
    options.page_lines = 0;
    const Table table{
        {{"ref", "Ref", Kind::text}, {.key = "marking", .label = "Marking", .marks = true}},
        {{std::string("C-2026-00001"), std::string("OFFICIAL")},
         {std::string("C-2026-00002"), std::string("OFFICIAL-SENSITIVE")}}};
    const auto lines = split(text(table, options), '\n');
    CHECK(lines.front() == std::string(11, ' ') + "OFFICIAL-SENSITIVE");
    CHECK(lines[lines.size() - 2] == std::string(11, ' ') + "OFFICIAL-SENSITIVE");
  }

  TEST_CASE("colour never reaches paper") {
    Options options = page_options();
    options.color = true;
    CHECK(text(numbered(2), options).find('\x1b') == std::string::npos);
  }

  TEST_CASE("a record on paper is label and value lines inside the page frame") {
    Options options = page_options();
    options.page_lines = 0;
    std::ostringstream out;
    write_record(kColumns, {int64_t{3}, std::string("Ann")}, Format::text, out, options);
    const std::string marking = std::string(16, ' ') + "OFFICIAL\n";
    CHECK(out.str() == marking + "Claims" + std::string(23, ' ') +
                           "Page 1 of 1\n\nID    3\nName  Ann\n\n" + marking);
  }
}
