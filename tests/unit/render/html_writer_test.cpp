#include <doctest/doctest.h>

#include <sstream>

#include "clerk/core/text.hpp"
#include "clerk/render/writer.hpp"

using namespace clerk;
using namespace clerk::render;

namespace {

std::string html(const Table& table, const Options& options = {}) {
  std::ostringstream out;
  write(table, Format::html, out, options);
  return out.str();
}

bool contains(const std::string& haystack, std::string_view needle) {
  return haystack.find(needle) != std::string::npos;
}

}  // namespace

TEST_SUITE("render/html_writer") {
  TEST_CASE("a page is self-contained: doctype, charset, inline print style, no external assets") {
    const auto page = html(Table{{{"a", "A", Kind::text}}, {}});
    CHECK(page.starts_with(
        "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">"));
    CHECK(contains(page, "<style>"));
    CHECK(contains(page, "@media print"));
    CHECK(contains(page, "<title>clerk</title>"));
    CHECK_FALSE(contains(page, "<link"));
    CHECK_FALSE(contains(page, "src="));
    CHECK_FALSE(contains(page, "http"));
    CHECK(page.ends_with("</body>\n</html>\n"));
  }

  TEST_CASE("the table has a head of labels and numbers aligned right by class") {
    const Table table{{{"id", "ID", Kind::integer},
                       {"amount", "Amount", Kind::money},
                       {"who", "Who", Kind::text}},
                      {{int64_t{7}, Money::from_pence(500), std::string("Ann")}}};
    CHECK(contains(html(table),
                   "<table>\n<thead>\n<tr><th scope=\"col\" class=\"num\">ID</th>"
                   "<th scope=\"col\" class=\"num\">Amount</th><th scope=\"col\">Who</th></tr>\n"
                   "</thead>\n<tbody>\n"
                   "<tr><td class=\"num\">7</td><td class=\"num\">\xC2\xA3"
                   "5.00</td>"
                   "<td>Ann</td></tr>\n</tbody>\n</table>\n"));
  }

  TEST_CASE("text is escaped and cannot inject markup") {
    const Table table{{{"note", "<b>Note</b>", Kind::text}},
                      {{std::string("<script>alert('x') & \"y\"</script>\x1b\xff")}}};
    const auto page = html(table);
    CHECK(contains(page, "<th scope=\"col\">&lt;b&gt;Note&lt;/b&gt;</th>"));
    CHECK(contains(page,
                   "<td>&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;"
                   "\xEF\xBF\xBD\xEF\xBF\xBD</td>"));
    CHECK_FALSE(contains(page, "<script>"));
    CHECK(text::valid_utf8(page));
  }

  TEST_CASE("title, subtitle and a marking at the top and the bottom") {
    Options options;
    options.title = "Claims & costs";
    options.subtitle = "November 2026";
    options.marking = "OFFICIAL-SENSITIVE";
    const auto page = html(Table{{{"a", "A", Kind::text}}, {}}, options);
    CHECK(contains(page, "<title>Claims &amp; costs</title>"));
    CHECK(contains(
        page,
        "<body>\n<p class=\"marking\">OFFICIAL-SENSITIVE</p>\n<h1>Claims &amp; costs</h1>\n"
        "<p class=\"subtitle\">November 2026</p>\n<table>"));
    CHECK(page.ends_with(
        "</table>\n<p class=\"marking\">OFFICIAL-SENSITIVE</p>\n</body>\n</html>\n"));
  }

  TEST_CASE("a record is a table of field names and values") {
    std::ostringstream out;
    write_record({{"id", "ID", Kind::integer}, {"name", "Name", Kind::text}},
                 {int64_t{3}, std::string("Ann")}, Format::html, out, {});
    CHECK(contains(out.str(),
                   "<table class=\"record\">\n<tbody>\n"
                   "<tr><th scope=\"row\">ID</th><td class=\"num\">3</td></tr>\n"
                   "<tr><th scope=\"row\">Name</th><td>Ann</td></tr>\n</tbody>\n</table>\n"));
  }
}
