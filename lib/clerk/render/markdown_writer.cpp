#include <algorithm>

#include "clerk/render/cell_text.hpp"
#include "clerk/render/formats.hpp"

namespace clerk::render {
namespace {

// A '|' would end the cell and a line break the row, so they become "\|" and "<br>" (GitHub
// renders both inside tables). Other Markdown punctuation is left alone to keep the source
// readable.
void append_cell(std::string& out, std::string_view text, std::string& clean) {
  clean.clear();
  append_printable(clean, text, Breaks::keep);
  if (clean.find_first_of("|\n") == std::string::npos) {
    out += clean;
    return;
  }
  for (char c : clean) {
    if (c == '|')
      out += "\\|";
    else if (c == '\n')
      out += "<br>";
    else
      out += c;
  }
}

void put(std::ostream& out, const std::string& text) {
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
}

// "# title", the subtitle and the bold marking, each a paragraph of its own.
void put_preamble(std::ostream& out, const Options& options) {
  // The marking comes first: it heads the page, as it closes it.
  std::string text;
  if (!options.marking.empty()) text += "**" + printable_line(options.marking) + "**\n\n";
  if (!options.title.empty()) text += "# " + printable_line(options.title) + "\n\n";
  if (!options.subtitle.empty()) text += printable_line(options.subtitle) + "\n\n";
  put(out, text);
}

void put_closing_marking(std::ostream& out, const Options& options) {
  if (!options.marking.empty()) put(out, "\n**" + printable_line(options.marking) + "**\n");
}

// GitHub-flavoured table: no padding, so rows stream; numbers aligned right with "---:".
class MarkdownTable final : public RowWriter {
 public:
  MarkdownTable(std::vector<Column> columns, std::ostream& out)
      : columns_(std::move(columns)), out_(out) {
    line_ = "|";
    for (const auto& column : columns_) {
      line_ += ' ';
      append_cell(line_, column.label, clean_);
      line_ += " |";
    }
    line_ += "\n|";
    for (const auto& column : columns_) line_ += right_aligned(column.kind) ? " ---: |" : " --- |";
    line_ += '\n';
    put(out_, line_);
  }

  void row(const std::vector<Cell>& cells) override {
    check_row_size(columns_.size(), cells.size());
    line_ = "|";
    for (const auto& cell : cells) {
      line_ += ' ';
      append_cell(line_, human_text(cell, scratch_), clean_);
      line_ += " |";
    }
    line_ += '\n';
    put(out_, line_);
  }

  void finish() override {}

 private:
  std::vector<Column> columns_;
  std::ostream& out_;
  std::string line_;
  std::string scratch_;
  std::string clean_;
};

// The table of a page whose preamble is already out, then its closing marking.
class MarkdownWriter final : public RowWriter {
 public:
  MarkdownWriter(std::vector<Column> columns, std::ostream& out, const Options& options)
      : options_(options), out_(out), table_(std::move(columns), out) {}

  void row(const std::vector<Cell>& cells) override { table_.row(cells); }
  void finish() override { put_closing_marking(out_, options_); }

 private:
  Options options_;
  std::ostream& out_;
  MarkdownTable table_;
};

void put_record(const std::vector<Column>& columns, const std::vector<Cell>& values,
                std::ostream& out) {
  check_row_size(columns.size(), values.size());
  std::string text = "| Field | Value |\n| --- | --- |\n", scratch, clean;
  for (size_t i = 0; i < columns.size(); ++i) {
    text += "| ";
    append_cell(text, columns[i].label, clean);
    text += " | ";
    append_cell(text, human_text(values[i], scratch), clean);
    text += " |\n";
  }
  put(out, text);
}

}  // namespace

std::unique_ptr<RowWriter> make_markdown_writer(std::vector<Column> columns, std::ostream& out,
                                                const Options& options) {
  put_preamble(out, options);
  return std::make_unique<MarkdownWriter>(std::move(columns), out, options);
}

void write_markdown_record(const std::vector<Column>& columns, const std::vector<Cell>& values,
                           std::ostream& out, const Options& options) {
  put_preamble(out, options);
  put_record(columns, values, out);
  put_closing_marking(out, options);
}

// Heading levels map to as many '#'; sections are "##" headings over their table.
void write_markdown_document(const Document& document, std::ostream& out, const Options& options) {
  put_preamble(out, options);
  for (size_t i = 0; i < document.blocks.size(); ++i) {
    if (i > 0) out.put('\n');
    const auto& block = document.blocks[i];
    if (const auto* heading = std::get_if<Heading>(&block)) {
      const int level = std::clamp(heading->level, 1, 6);
      put(out, std::string(static_cast<size_t>(level), '#') + " " + printable_line(heading->text) +
                   "\n");
    } else if (const auto* paragraph = std::get_if<Paragraph>(&block)) {
      std::string text;
      append_printable(text, paragraph->text, Breaks::keep);
      // Two spaces before a newline are a Markdown hard break: the paragraph keeps its lines.
      for (size_t at = text.find('\n'); at != std::string::npos; at = text.find('\n', at + 3))
        text.replace(at, 1, "  \n");
      put(out, text + "\n");
    } else {
      const auto& section = std::get<Section>(block);
      if (!section.heading.empty()) put(out, "## " + printable_line(section.heading) + "\n\n");
      if (section.record) {
        put_record(section.table.columns, record_values(section), out);
      } else {
        MarkdownTable table(section.table.columns, out);
        for (const auto& row : section.table.rows) table.row(row);
        table.finish();
      }
    }
  }
  put_closing_marking(out, options);
}

}  // namespace clerk::render
