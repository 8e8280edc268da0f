// The per-format writers behind writer.hpp and document.hpp, one file per format.
#pragma once

#include <memory>
#include <ostream>
#include <vector>

#include "clerk/render/document.hpp"
#include "clerk/render/table.hpp"
#include "clerk/render/writer.hpp"

namespace clerk::render {

// The *_document functions take their title and marking from `options`: document.cpp has
// already put the document's own there when it has them.

// table: aligned columns for a terminal (tty_table_writer.cpp)
std::unique_ptr<RowWriter> make_tty_table_writer(std::vector<Column> columns, std::ostream& out,
                                                 const Options& options);
void write_tty_table_record(const std::vector<Column>& columns, const std::vector<Cell>& values,
                            std::ostream& out, const Options& options);
void write_tty_table_document(const Document& document, std::ostream& out, const Options& options);

// text: paginated print (text_writer.cpp)
std::unique_ptr<RowWriter> make_text_writer(std::vector<Column> columns, std::ostream& out,
                                            const Options& options);
void write_text_record(const std::vector<Column>& columns, const std::vector<Cell>& values,
                       std::ostream& out, const Options& options);
void write_text_document(const Document& document, std::ostream& out, const Options& options);

// csv, tsv (csv_writer.cpp, tsv_writer.cpp): records and documents are rows of these.
std::unique_ptr<RowWriter> make_csv_writer(std::vector<Column> columns, std::ostream& out,
                                           const Options& options);
std::unique_ptr<RowWriter> make_tsv_writer(std::vector<Column> columns, std::ostream& out,
                                           const Options& options);

// json and jsonl (json_writer.cpp)
std::unique_ptr<RowWriter> make_json_writer(std::vector<Column> columns, std::ostream& out,
                                            bool lines);
void write_json_record(const std::vector<Column>& columns, const std::vector<Cell>& values,
                       std::ostream& out);
void write_json_document(const Document& document, std::ostream& out, const Options& options);
void write_jsonl_document(const Document& document, std::ostream& out);

// md (markdown_writer.cpp)
std::unique_ptr<RowWriter> make_markdown_writer(std::vector<Column> columns, std::ostream& out,
                                                const Options& options);
void write_markdown_record(const std::vector<Column>& columns, const std::vector<Cell>& values,
                           std::ostream& out, const Options& options);
void write_markdown_document(const Document& document, std::ostream& out, const Options& options);

// html (html_writer.cpp)
std::unique_ptr<RowWriter> make_html_writer(std::vector<Column> columns, std::ostream& out,
                                            const Options& options);
void write_html_record(const std::vector<Column>& columns, const std::vector<Cell>& values,
                       std::ostream& out, const Options& options);
void write_html_document(const Document& document, std::ostream& out, const Options& options);

}  // namespace clerk::render
