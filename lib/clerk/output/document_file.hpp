// Where a rendered document goes when it is written to a path: one file, or one file per
// section in a directory (csv and tsv), and the render options the config sets for files.
#pragma once

#include <filesystem>
#include <vector>

#include "clerk/config/config.hpp"
#include "clerk/output/atomic_file.hpp"
#include "clerk/render/document.hpp"
#include "clerk/render/writer.hpp"

namespace clerk::output {

// The [output] settings as render options for output that is not a terminal: page length,
// page width (none for `table`, which is never cut off a terminal) and the CSV/TSV BOM.
render::Options file_render_options(const config::Output& output, render::Format format);

// Writes `document` to `target` atomically; csv and tsv to a directory (see names_directory)
// go one file per section instead. Returns the files written.
std::vector<std::filesystem::path> write_document(const render::Document& document,
                                                  render::Format format,
                                                  const std::filesystem::path& target,
                                                  const render::Options& options,
                                                  const FileOptions& files = {});

}  // namespace clerk::output
