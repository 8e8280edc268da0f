#include "clerk/render/pager.hpp"

#include <doctest/doctest.h>

#include <sstream>

using namespace clerk::render;

namespace {

template <class Emit>
std::string printed(const Options& options, Emit emit) {
  std::ostringstream out;
  print_pages(options, out, emit);
  return out.str();
}

Options small_pages(size_t page_lines) {
  Options options;
  options.width = 20;
  options.page_lines = page_lines;
  return options;
}

std::string top(int page, int pages) {
  return std::string(9, ' ') + "Page " + std::to_string(page) + " of " + std::to_string(pages) +
         "\n\n";
}

}  // namespace

TEST_SUITE("render/pager") {
  TEST_CASE("with no page length everything is one unpadded page") {
    CHECK(printed(small_pages(0), [](LineSink& pages) {
            pages.line("a");
            pages.line("b");
          }) == top(1, 1) + "a\nb\n");
  }

  TEST_CASE("a page shorter than its frame still carries one line of body") {
    CHECK(printed(small_pages(1), [](LineSink& pages) {
            pages.line("a");
            pages.line("b");
          }) == top(1, 2) + "a\n\f" + top(2, 2) + "b\n");
  }

  TEST_CASE("a blank line does not open a page") {
    CHECK(printed(small_pages(3), [](LineSink& pages) {
            pages.line("a");
            pages.line("");
            pages.line("b");
          }) == top(1, 2) + "a\n\f" + top(2, 2) + "b\n");
  }

  TEST_CASE("a blank line at the end of a full page does not open an empty page") {
    CHECK(printed(small_pages(3), [](LineSink& pages) {
            pages.line("a");
            pages.line("");
          }) == top(1, 1) + "a\n");
  }

  TEST_CASE("lines kept together move to the next page rather than split") {
    CHECK(printed(small_pages(5), [](LineSink& pages) {
            pages.line("a");
            pages.line("b");
            pages.keep_together(2);
            pages.line("c");
            pages.line("d");
          }) == top(1, 2) + "a\nb\n\n\f" + top(2, 2) + "c\nd\n\n");
  }

  TEST_CASE("repeated lines open each page a table continues onto") {
    CHECK(printed(small_pages(4), [](LineSink& pages) {
            pages.repeat({"H"});
            pages.line("H");
            pages.line("1");
            pages.line("2");
            pages.repeat({});
            pages.line("after");
          }) == top(1, 3) + "H\n1\n\f" + top(2, 3) + "H\n2\n\f" + top(3, 3) + "after\n\n");
  }

  TEST_CASE("a title too long for the line is cut before the page number") {
    Options options = small_pages(0);
    options.title = "A very long title indeed";
    CHECK(printed(options, [](LineSink&) {}) == "A very…  Page 1 of 1\n\n");
  }

  TEST_CASE("a pager without a stream only counts pages") {
    Pager counter(small_pages(1), nullptr, 0);
    counter.line("a");
    counter.line("b");
    counter.finish();
    CHECK(counter.pages() == 2);
  }
}
