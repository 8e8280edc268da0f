// Where a rendered document goes when it is written to a path: one file, or one file per
// section in a directory (csv and tsv).
#pragma once

#include <filesystem>
#include <vector>

#include "clerk/core/atomic_file.hpp"
#include "clerk/render/document.hpp"
#include "clerk/render/writer.hpp"

namespace clerk::render {

// Writes `document` to `target` atomically; csv and tsv to a directory (see names_directory)
// go one file per section instead. Returns the files written.
std::vector<std::filesystem::path> write_document(const render::Document& document,
                                                  render::Format format,
                                                  const std::filesystem::path& target,
                                                  const render::Options& options,
                                                  const FileOptions& files = {});

}  // namespace clerk::render
