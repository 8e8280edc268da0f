// Multi-section output (a record with its timeline, reports, briefings, letters), rendered in
// every format by the same writers as single tables.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "clerk/render/table.hpp"
#include "clerk/render/writer.hpp"

namespace clerk::render {

struct Heading {
  int level = 1;
  std::string text;
};
struct Paragraph {
  std::string text;
};
// A table with a stable key: the member name in JSON, the file stem in per-section CSV.
struct Section {
  std::string key;
  std::string heading;
  Table table;
  bool record = false;  // one row shown as a record (label: value), a JSON object not an array
};
using Block = std::variant<Heading, Paragraph, Section>;

struct Document {
  std::string title;
  std::string subtitle;  // e.g. a report's period: under the title, on every printed page
  std::string marking;   // highest security marking of the content, if any
  std::vector<Block> blocks;
};

// The row a record section shows: its first, or an empty one when it has none.
std::vector<Cell> record_values(const Section& section);

// The keys of the document's sections, in order.
std::vector<std::string> section_keys(const Document& document);

// The document cut down to its section `key` (title, subtitle and marking kept; the rest of the
// prose left out), for a script that wants one table of a report: Error{usage, field
// "section"} naming the keys there are when none is called `key`.
Document only_section(const Document& document, std::string_view key);

// Refuses (Error{usage, field "section"}) a document that `format` cannot carry whole in one
// stream: CSV and TSV hold one table, so a document of several needs one picked (--section) or
// a directory of files, and a document of prose with no table (a letter) would print nothing.
void check_fits_one_stream(const Document& document, Format format);

// table/text/md/html: headings, paragraphs and tables in order. json: one object with "title",
// "marking" and one member per section key. jsonl: one line per section row, each tagged with
// "section". csv/tsv: each section as a header line and rows, sections separated by a blank line.
void write(const Document& document, Format format, std::ostream& out, const Options& options);

}  // namespace clerk::render
