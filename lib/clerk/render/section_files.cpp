#include "clerk/render/section_files.hpp"

#include "clerk/core/atomic_file.hpp"
#include "clerk/render/writer.hpp"

namespace clerk::render {

std::vector<std::filesystem::path> write_section_files(const render::Document& document,
                                                       render::Format format,
                                                       const std::filesystem::path& dir,
                                                       const render::Options& options,
                                                       const FileOptions& files) {
  make_output_directory(dir, files);
  const std::string extension = format == render::Format::tsv ? ".tsv" : ".csv";
  std::vector<std::filesystem::path> written;
  for (const auto& block : document.blocks) {
    const auto* section = std::get_if<render::Section>(&block);
    if (!section) continue;
    auto path = dir / (section->key + extension);
    write_atomically(
        path,
        [&](std::ostream& out) {
          if (section->record)
            render::write_record(section->table.columns, render::record_values(*section), format,
                                 out, options);
          else
            render::write(section->table, format, out, options);
        },
        files);
    written.push_back(path);
  }
  return written;
}

bool names_directory(const std::string& path) {
  if (!path.empty() && path.back() == '/') return true;
  std::error_code ec;
  return std::filesystem::is_directory(path, ec);
}

}  // namespace clerk::render
