#include "clerk/output/document_file.hpp"

#include "clerk/output/atomic_file.hpp"
#include "clerk/output/section_files.hpp"

namespace clerk::output {

render::Options file_render_options(const config::Output& output, render::Format format) {
  render::Options o;
  o.bom = output.csv_bom;
  o.page_lines = static_cast<size_t>(output.page_lines);
  o.width = format == render::Format::table ? 0 : static_cast<size_t>(output.text_width);
  return o;
}

std::vector<std::filesystem::path> write_document(const render::Document& document,
                                                  render::Format format,
                                                  const std::filesystem::path& target,
                                                  const render::Options& options,
                                                  const FileOptions& files) {
  if ((format == render::Format::csv || format == render::Format::tsv) &&
      names_directory(target.string()))
    return write_section_files(document, format, target, options, files);
  write_atomically(
      target, [&](std::ostream& out) { render::write(document, format, out, options); }, files);
  return {target};
}

}  // namespace clerk::output
