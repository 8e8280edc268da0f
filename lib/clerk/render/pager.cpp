#include "clerk/render/pager.hpp"

#include <fmt/format.h>

#include "clerk/core/text.hpp"
#include "clerk/render/cell_text.hpp"

namespace clerk::render {

Pager::Pager(const Options& options, std::ostream* out, size_t pages)
    : out_(out),
      total_pages_(pages),
      width_(width(options)),
      title_(printable_line(options.title)),
      subtitle_(printable_line(options.subtitle)),
      marking_(printable_line(options.marking)) {
  if (options.page_lines > 0) {
    const size_t frame = 2 + (subtitle_.empty() ? 0 : 1) + (marking_.empty() ? 0 : 3);
    // A page too short for its frame still carries one body line, so output always progresses.
    capacity_ = options.page_lines > frame ? options.page_lines - frame : 1;
  }
  start_page();
}

void Pager::line(std::string_view text) {
  const bool full = capacity_ && on_page_ == capacity_;
  // A blank line only separates blocks: at the top of a page, or as the page ends, it would
  // just waste a line (or open an empty last page).
  if (text.empty() && (fresh_ || full)) return;
  if (full) new_page();
  add(text);
  fresh_ = false;
}

void Pager::repeat(std::vector<std::string> lines) { repeat_ = std::move(lines); }

void Pager::keep_together(size_t count) {
  if (capacity_ && !fresh_ && on_page_ + count > capacity_ && count <= capacity_) new_page();
}

void Pager::finish() { end_page(); }

void Pager::new_page() {
  end_page();
  ++page_;
  on_page_ = 0;
  fresh_ = true;
  if (out_) out_->put('\f');
  start_page();
  if (repeat_.size() < capacity_)
    for (const auto& text : repeat_) add(text);
}

void Pager::add(std::string_view text) {
  put(text);
  ++on_page_;
}

void Pager::start_page() {
  if (!out_) return;
  if (!marking_.empty()) put_centred(marking_);
  const std::string number = fmt::format("Page {} of {}", page_, total_pages_);
  // The page number always shows in full; a title too long to sit beside it is cut.
  const size_t room = width_ > number.size() + 2 ? width_ - number.size() - 2 : 0;
  std::string heading(title_);
  if (text::display_width(heading) > room) {
    heading = text::prefix_columns(title_, room > 0 ? room - 1 : 0);
    if (room > 0) heading += "\xE2\x80\xA6";  // …
  }
  const size_t used = text::display_width(heading) + number.size();
  heading.append(width_ > used ? width_ - used : 1, ' ');
  put(heading + number);
  if (!subtitle_.empty()) put(subtitle_);
  put("");
}

void Pager::end_page() {
  if (!out_) return;
  for (size_t i = on_page_; i < capacity_; ++i) put("");
  if (!marking_.empty()) {
    put("");
    put_centred(marking_);
  }
}

void Pager::put(std::string_view text) {
  if (!out_) return;
  out_->write(text.data(), static_cast<std::streamsize>(text.size()));
  out_->put('\n');
}

void Pager::put_centred(std::string_view text) {
  const size_t shown = text::display_width(text);
  put(std::string(shown < width_ ? (width_ - shown) / 2 : 0, ' ').append(text));
}

}  // namespace clerk::render
