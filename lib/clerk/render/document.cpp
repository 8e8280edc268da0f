#include "clerk/render/document.hpp"

#include "clerk/core/error.hpp"
#include "clerk/core/text.hpp"
#include "clerk/render/formats.hpp"
#include "clerk/render/marking.hpp"

namespace clerk::render {
namespace {

// csv/tsv carry only data: each section's header and rows, a blank line between sections.
// Only the first section gets the byte-order mark, which belongs at the start of the file.
void write_delimited(const Document& document, Format format, std::ostream& out, Options options) {
  bool first = true;
  for (const auto& block : document.blocks) {
    const auto* section = std::get_if<Section>(&block);
    if (!section) continue;
    if (!first) out.put('\n');
    auto writer = make_writer(format, section->table.columns, out, options);
    if (section->record)
      writer->row(record_values(*section));
    else
      for (const auto& row : section->table.rows) writer->row(row);
    writer->finish();
    options.bom = false;
    first = false;
  }
}

}  // namespace

std::vector<std::string> section_keys(const Document& document) {
  std::vector<std::string> keys;
  for (const auto& block : document.blocks)
    if (const auto* section = std::get_if<Section>(&block)) keys.push_back(section->key);
  return keys;
}

Document only_section(const Document& document, std::string_view key) {
  Document one{document.title, document.subtitle, document.marking, {}};
  for (const auto& block : document.blocks)
    if (const auto* section = std::get_if<Section>(&block); section && section->key == key) {
      one.blocks.push_back(*section);
      return one;
    }
  const auto keys = section_keys(document);
  throw Error(ErrorKind::usage,
              keys.empty() ? "'" + std::string(key) + "' is not a section: this has no tables"
                           : "'" + std::string(key) + "' is not a section; use one of " +
                                 text::join(keys, ", "))
      .field("section")
      .suggest(text::near_misses(key, keys));
}

void check_fits_one_stream(const Document& document, Format format) {
  if (!holds_one_table(format)) return;
  const auto keys = section_keys(document);
  const std::string name(word(format));
  if (keys.empty())
    throw Error(ErrorKind::usage, "this is prose with no table, so " + name +
                                      " would print nothing; use --format text, md, html or json")
        .field("format");
  if (keys.size() > 1)
    throw Error(ErrorKind::usage, "this has " + std::to_string(keys.size()) + " tables and " +
                                      name + " holds one: pick one with --section NAME (" +
                                      text::join(keys, ", ") +
                                      "), or give -o DIR/ for one file each, or use --format json")
        .field("section");
}

std::vector<Cell> record_values(const Section& section) {
  if (!section.table.rows.empty()) return section.table.rows.front();
  return std::vector<Cell>(section.table.columns.size());
}

void write(const Document& document, Format format, std::ostream& out, const Options& options) {
  // The document knows its own title and the marking its content needs; the caller's options
  // fill in only what it leaves blank.
  Options framed = options;
  if (!document.title.empty()) framed.title = document.title;
  if (!document.subtitle.empty()) framed.subtitle = document.subtitle;
  if (!document.marking.empty()) framed.marking = document.marking;
  // A section listing marked records (a briefing's linked cases) raises the whole document's.
  for (const auto& block : document.blocks)
    if (const auto* section = std::get_if<Section>(&block))
      framed.marking = higher_marking(framed.marking, table_marking(section->table));
  switch (format) {
    case Format::table:
      return write_tty_table_document(document, out, framed);
    case Format::text:
      return write_text_document(document, out, framed);
    case Format::md:
      return write_markdown_document(document, out, framed);
    case Format::html:
      return write_html_document(document, out, framed);
    case Format::json:
      return write_json_document(document, out, framed);
    case Format::jsonl:
      return write_jsonl_document(document, out);
    case Format::csv:
    case Format::tsv:
      return write_delimited(document, format, out, framed);
  }
  throw Error(ErrorKind::internal, "no document writer for this output format");
}

}  // namespace clerk::render
