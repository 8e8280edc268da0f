#include <fmt/format.h>

#include <algorithm>

#include "clerk/core/error.hpp"
#include "clerk/core/json_text.hpp"
#include "clerk/render/cell_text.hpp"
#include "clerk/render/formats.hpp"

namespace clerk::render {
namespace {

void append_string(std::string& out, std::string_view s) { json::append_quoted(out, s); }

void append_string_or_null(std::string& out, std::string_view s) {
  if (s.empty())
    out += "null";
  else
    append_string(out, s);
}

// Money goes out as whole pence under "<key>_pence": an integer no JSON reader rounds. A decimal
// column's text is its number as written ("7.5"), a JSON number as it stands.
void append_value(std::string& out, const Cell& cell, Kind kind) {
  if (const auto* s = std::get_if<std::string>(&cell)) {
    if (kind == Kind::decimal)
      out += *s;
    else
      append_string(out, *s);
  } else if (const auto* n = std::get_if<int64_t>(&cell)) {
    const fmt::format_int digits(*n);
    out.append(digits.data(), digits.size());
  } else if (const auto* p = std::get_if<Percent>(&cell)) {
    const fmt::format_int digits(p->value);
    out.append(digits.data(), digits.size());
  } else if (const auto* m = std::get_if<Money>(&cell)) {
    const fmt::format_int digits(m->pence());
    out.append(digits.data(), digits.size());
  } else if (const auto* d = std::get_if<Date>(&cell)) {
    out += '"';
    out += d->iso();
    out += '"';
  } else if (const auto* b = std::get_if<bool>(&cell)) {
    out += *b ? "true" : "false";
  } else {
    out += "null";
  }
}

std::vector<Kind> kinds_of(const std::vector<Column>& columns) {
  std::vector<Kind> kinds;
  for (const auto& column : columns) kinds.push_back(column.kind);
  return kinds;
}

// Member names are escaped once per column, not once per cell.
std::vector<std::string> member_names(const std::vector<Column>& columns, std::string_view colon) {
  std::vector<std::string> names;
  for (const auto& column : columns) {
    names.emplace_back();
    append_string(names.back(), column.kind == Kind::money ? column.key + "_pence" : column.key);
    names.back() += colon;
  }
  return names;
}

// {"a": 1, "b": 2}; `lead` is written first inside the braces (jsonl's section tag).
void append_inline(std::string& out, const std::vector<std::string>& names,
                   const std::vector<Kind>& kinds, const std::vector<Cell>& cells,
                   std::string_view comma, std::string_view lead) {
  out += '{';
  out += lead;
  for (size_t i = 0; i < cells.size(); ++i) {
    if (i > 0 || !lead.empty()) out += comma;
    out += names[i];
    append_value(out, cells[i], kinds[i]);
  }
  out += '}';
}

// One member a line, for a record people may read.
void append_block(std::string& out, const std::vector<std::string>& names,
                  const std::vector<Kind>& kinds, const std::vector<Cell>& cells,
                  std::string_view indent) {
  if (cells.empty()) {
    out += "{}";
    return;
  }
  out += "{\n";
  for (size_t i = 0; i < cells.size(); ++i) {
    out += indent;
    out += "  ";
    out += names[i];
    append_value(out, cells[i], kinds[i]);
    out += i + 1 < cells.size() ? ",\n" : "\n";
  }
  out += indent;
  out += '}';
}

void put(std::ostream& out, const std::string& text) {
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
}

// json: an array with one object a line, stable for diff and readable, written as rows come
// ("[" waits for the first row so an empty result is "[]"). jsonl: one compact object a line.
class JsonWriter final : public RowWriter {
 public:
  enum class Layout { array, lines };

  // `indent` and `nested` place the array inside a document; `tag` leads each jsonl object.
  JsonWriter(const std::vector<Column>& columns, std::ostream& out, Layout layout,
             std::string indent = "", bool nested = false, std::string tag = "")
      : names_(member_names(columns, layout == Layout::lines ? ":" : ": ")),
        kinds_(kinds_of(columns)),
        out_(out),
        layout_(layout),
        indent_(std::move(indent)),
        nested_(nested),
        tag_(std::move(tag)) {}

  void row(const std::vector<Cell>& cells) override {
    check_row_size(names_.size(), cells.size());
    line_.clear();
    if (layout_ == Layout::lines) {
      append_inline(line_, names_, kinds_, cells, ",", tag_);
      line_ += '\n';
    } else {
      line_ += rows_ == 0 ? "[\n" : ",\n";
      line_ += indent_;
      line_ += "  ";
      append_inline(line_, names_, kinds_, cells, ", ", tag_);
    }
    ++rows_;
    put(out_, line_);
  }

  void finish() override {
    if (layout_ == Layout::lines) return;
    line_ = rows_ == 0 ? "[]" : "\n" + indent_ + "]";
    if (!nested_) line_ += '\n';
    put(out_, line_);
  }

 private:
  std::vector<std::string> names_;
  std::vector<Kind> kinds_;
  std::ostream& out_;
  Layout layout_;
  std::string indent_;
  bool nested_;
  std::string tag_;
  std::string line_;
  size_t rows_ = 0;
};

// Section keys become member names beside "title" and "marking": a clash would make two
// members of one name, which JSON readers resolve differently.
void check_section_keys(const Document& document) {
  std::vector<std::string_view> seen = {"title", "marking"};
  for (const auto& block : document.blocks) {
    const auto* section = std::get_if<Section>(&block);
    if (!section) continue;
    if (std::find(seen.begin(), seen.end(), section->key) != seen.end())
      throw Error(ErrorKind::internal, "document section key '" + section->key + "' is not unique");
    seen.push_back(section->key);
  }
}

}  // namespace

std::unique_ptr<RowWriter> make_json_writer(std::vector<Column> columns, std::ostream& out,
                                            bool lines) {
  return std::make_unique<JsonWriter>(
      columns, out, lines ? JsonWriter::Layout::lines : JsonWriter::Layout::array);
}

void write_json_record(const std::vector<Column>& columns, const std::vector<Cell>& values,
                       std::ostream& out) {
  check_row_size(columns.size(), values.size());
  std::string text;
  append_block(text, member_names(columns, ": "), kinds_of(columns), values, "");
  text += '\n';
  put(out, text);
}

// {"title": ..., "marking": ..., "<key>": [rows] or {record}, ...}; headings and paragraphs
// are for people and stay out. An absent title or marking is null.
void write_json_document(const Document& document, std::ostream& out, const Options& options) {
  check_section_keys(document);
  std::string text = "{\n  \"title\": ";
  append_string_or_null(text, options.title);
  text += ",\n  \"marking\": ";
  append_string_or_null(text, options.marking);
  for (const auto& block : document.blocks) {
    const auto* section = std::get_if<Section>(&block);
    if (!section) continue;
    text += ",\n  ";
    append_string(text, section->key);
    text += ": ";
    const auto& columns = section->table.columns;
    if (section->record) {
      append_block(text, member_names(columns, ": "), kinds_of(columns), record_values(*section),
                   "  ");
      continue;
    }
    put(out, text);
    text.clear();
    JsonWriter rows(columns, out, JsonWriter::Layout::array, "  ", true);
    for (const auto& row : section->table.rows) rows.row(row);
    rows.finish();
  }
  text += "\n}\n";
  put(out, text);
}

// Each line is one row tagged with its section key, so `jq 'select(.section == "cases")'`
// picks a section out.
void write_jsonl_document(const Document& document, std::ostream& out) {
  for (const auto& block : document.blocks) {
    const auto* section = std::get_if<Section>(&block);
    if (!section) continue;
    std::string tag = "\"section\":";
    append_string(tag, section->key);
    JsonWriter rows(section->table.columns, out, JsonWriter::Layout::lines, "", false, tag);
    if (section->record)
      rows.row(record_values(*section));
    else
      for (const auto& row : section->table.rows) rows.row(row);
    rows.finish();
  }
}

}  // namespace clerk::render
