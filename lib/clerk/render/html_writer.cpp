#include <algorithm>

#include <fmt/format.h>

#include "clerk/render/cell_text.hpp"
#include "clerk/render/formats.hpp"

namespace clerk::render {
namespace {

// Everything inline so the page can be mailed, archived or printed on its own: no external
// assets. Table headers repeat on every printed page and rows are not split across pages.
constexpr std::string_view kStyle =
    R"(body { font: 11pt/1.4 system-ui, sans-serif; margin: 2em; color: #000; background: #fff; }
table { border-collapse: collapse; margin: 0.5em 0 1.5em; }
th, td { border: 1px solid #888; padding: 0.2em 0.5em; text-align: left; vertical-align: top; }
th, td, p { white-space: pre-line; }
thead th, .record th { background: #eee; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.marking { text-align: center; font-weight: bold; letter-spacing: 0.1em; }
.subtitle { color: #444; }
@page { margin: 15mm; }
@media print {
  body { margin: 0; font-size: 10pt; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  h1, h2, h3, h4, h5, h6 { break-after: avoid; }
}
)";

// Text is made printable first (malformed UTF-8 and control characters become U+FFFD, line
// breaks stay and show through pre-line), then the five HTML-special characters are escaped.
void append_escaped(std::string& out, std::string_view text, std::string& clean) {
  clean.clear();
  append_printable(clean, text, Breaks::keep);
  if (clean.find_first_of("&<>\"'") == std::string::npos) {
    out += clean;
    return;
  }
  for (char c : clean) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
}

std::string escaped(std::string_view text) {
  std::string out, clean;
  append_escaped(out, text, clean);
  return out;
}

void put(std::ostream& out, const std::string& text) {
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
}

void put_page_start(std::ostream& out, const Options& options) {
  std::string text = fmt::format(
      "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<title>{}</title>\n<style>\n{}</style>\n</head>\n<body>\n",
      options.title.empty() ? "clerk" : escaped(options.title), kStyle);
  if (!options.marking.empty())
    text += "<p class=\"marking\">" + escaped(options.marking) + "</p>\n";
  if (!options.title.empty()) text += "<h1>" + escaped(options.title) + "</h1>\n";
  if (!options.subtitle.empty())
    text += "<p class=\"subtitle\">" + escaped(options.subtitle) + "</p>\n";
  put(out, text);
}

void put_page_end(std::ostream& out, const Options& options) {
  std::string text;
  if (!options.marking.empty())
    text += "<p class=\"marking\">" + escaped(options.marking) + "</p>\n";
  text += "</body>\n</html>\n";
  put(out, text);
}

// <td> or <td class="num">: numbers align right through the stylesheet.
std::string_view cell_open(Kind kind, bool header) {
  if (header)
    return right_aligned(kind) ? "<th scope=\"col\" class=\"num\">" : "<th scope=\"col\">";
  return right_aligned(kind) ? "<td class=\"num\">" : "<td>";
}

// Rows stream: each is built in one reused buffer and written at once.
class HtmlTable final : public RowWriter {
 public:
  HtmlTable(std::vector<Column> columns, std::ostream& out)
      : columns_(std::move(columns)), out_(out) {
    line_ = "<table>\n<thead>\n<tr>";
    for (const auto& column : columns_) {
      line_ += cell_open(column.kind, true);
      append_escaped(line_, column.label, clean_);
      line_ += "</th>";
    }
    line_ += "</tr>\n</thead>\n<tbody>\n";
    put(out_, line_);
  }

  void row(const std::vector<Cell>& cells) override {
    check_row_size(columns_.size(), cells.size());
    line_ = "<tr>";
    for (size_t i = 0; i < cells.size(); ++i) {
      line_ += cell_open(columns_[i].kind, false);
      append_escaped(line_, human_text(cells[i], scratch_), clean_);
      line_ += "</td>";
    }
    line_ += "</tr>\n";
    put(out_, line_);
  }

  void finish() override { put(out_, "</tbody>\n</table>\n"); }

 private:
  std::vector<Column> columns_;
  std::ostream& out_;
  std::string line_;
  std::string scratch_;
  std::string clean_;
};

// The table of a page whose start is already out, then the page's end.
class HtmlWriter final : public RowWriter {
 public:
  HtmlWriter(std::vector<Column> columns, std::ostream& out, const Options& options)
      : options_(options), out_(out), table_(std::move(columns), out) {}

  void row(const std::vector<Cell>& cells) override { table_.row(cells); }
  void finish() override {
    table_.finish();
    put_page_end(out_, options_);
  }

 private:
  Options options_;
  std::ostream& out_;
  HtmlTable table_;
};

// A record is a two-column table: a header cell per field, then its value.
void put_record(const std::vector<Column>& columns, const std::vector<Cell>& values,
                std::ostream& out) {
  check_row_size(columns.size(), values.size());
  std::string text = "<table class=\"record\">\n<tbody>\n", scratch, clean;
  for (size_t i = 0; i < columns.size(); ++i) {
    text += "<tr><th scope=\"row\">";
    append_escaped(text, columns[i].label, clean);
    text += "</th>";
    text += cell_open(columns[i].kind, false);
    append_escaped(text, human_text(values[i], scratch), clean);
    text += "</td></tr>\n";
  }
  text += "</tbody>\n</table>\n";
  put(out, text);
}

}  // namespace

std::unique_ptr<RowWriter> make_html_writer(std::vector<Column> columns, std::ostream& out,
                                            const Options& options) {
  put_page_start(out, options);
  return std::make_unique<HtmlWriter>(std::move(columns), out, options);
}

void write_html_record(const std::vector<Column>& columns, const std::vector<Cell>& values,
                       std::ostream& out, const Options& options) {
  put_page_start(out, options);
  put_record(columns, values, out);
  put_page_end(out, options);
}

// Heading level n is <hn> (the title is the page's <h1>); sections are <h2> over their table.
void write_html_document(const Document& document, std::ostream& out, const Options& options) {
  put_page_start(out, options);
  for (const auto& block : document.blocks) {
    if (const auto* heading = std::get_if<Heading>(&block)) {
      const int level = std::clamp(heading->level, 1, 6);
      put(out, fmt::format("<h{0}>{1}</h{0}>\n", level, escaped(heading->text)));
    } else if (const auto* paragraph = std::get_if<Paragraph>(&block)) {
      // A paragraph keeps its line breaks (an address block in a letter).
      std::string html = escaped(paragraph->text);
      for (size_t at = html.find('\n'); at != std::string::npos; at = html.find('\n', at + 5))
        html.replace(at, 1, "<br>\n");
      put(out, "<p>" + html + "</p>\n");
    } else {
      const auto& section = std::get<Section>(block);
      if (!section.heading.empty()) put(out, "<h2>" + escaped(section.heading) + "</h2>\n");
      if (section.record) {
        put_record(section.table.columns, record_values(section), out);
      } else {
        HtmlTable table(section.table.columns, out);
        for (const auto& row : section.table.rows) table.row(row);
        table.finish();
      }
    }
  }
  put_page_end(out, options);
}

}  // namespace clerk::render
