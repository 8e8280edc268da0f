// Print pages for `text` output: fixed length, framed by title, page number and security marking.
#pragma once

#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "clerk/render/line_sink.hpp"
#include "clerk/render/writer.hpp"

namespace clerk::render {

// Every page is exactly Options.page_lines lines (0: one page as long as its content):
//   marking, centred                      (when set)
//   title ...................... Page n of m
//   subtitle                              (when set)
//   (blank)
//   body, padded with blank lines
//   (blank), then marking, centred        (when set)
// and each page after the first begins with a form feed. A Pager with no stream only counts
// pages; see print_pages().
class Pager final : public LineSink {
 public:
  Pager(const Options& options, std::ostream* out, size_t pages);

  void line(std::string_view text) override;
  void repeat(std::vector<std::string> lines) override;
  void keep_together(size_t count) override;
  // Ends the last page. Must be called once, after the last line.
  void finish();
  size_t pages() const { return page_; }

  static constexpr size_t kDefaultWidth = 80;
  static size_t width(const Options& options) {
    return options.width ? options.width : kDefaultWidth;
  }

 private:
  void new_page();
  void add(std::string_view text);
  void start_page();
  void end_page();
  void put(std::string_view text);
  void put_centred(std::string_view text);

  std::ostream* out_;
  size_t total_pages_;
  size_t width_;
  std::string title_;
  std::string subtitle_;
  std::string marking_;
  size_t capacity_ = 0;  // body lines per page; 0: unpaged
  size_t page_ = 1;
  size_t on_page_ = 0;
  bool fresh_ = true;  // nothing but repeated header lines on this page yet
  std::vector<std::string> repeat_;
};

// "Page n of m" needs m before page 1 is printed: `emit(LineSink&)` lays the content out once
// to count pages and again to print them, so no page is ever held in memory. `emit` must send
// the same lines both times.
template <class Emit>
void print_pages(const Options& options, std::ostream& out, Emit&& emit) {
  Pager counter(options, nullptr, 0);
  emit(static_cast<LineSink&>(counter));
  counter.finish();
  Pager printer(options, &out, counter.pages());
  emit(static_cast<LineSink&>(printer));
  printer.finish();
}

}  // namespace clerk::render
