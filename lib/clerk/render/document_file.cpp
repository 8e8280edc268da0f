#include "clerk/render/document_file.hpp"

#include "clerk/core/atomic_file.hpp"
#include "clerk/render/section_files.hpp"

namespace clerk::render {

std::vector<std::filesystem::path> write_document(const render::Document& document,
                                                  render::Format format,
                                                  const std::filesystem::path& target,
                                                  const render::Options& options,
                                                  const FileOptions& files) {
  if (render::holds_one_table(format) && names_directory(target.string()))
    return write_section_files(document, format, target, options, files);
  write_atomically(
      target, [&](std::ostream& out) { render::write(document, format, out, options); }, files);
  return {target};
}

}  // namespace clerk::render
