// A multi-section document as one file per section (CSV or TSV into a directory), for
// spreadsheets that take one table per file.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "clerk/core/atomic_file.hpp"
#include "clerk/render/document.hpp"

namespace clerk::render {

// Writes each section of `document` to DIR/<key>.csv (or .tsv), each atomically; creates the
// directory (0700) when missing (see make_output_directory). Returns the files written, in
// document order.
std::vector<std::filesystem::path> write_section_files(const render::Document& document,
                                                       render::Format format,
                                                       const std::filesystem::path& dir,
                                                       const render::Options& options,
                                                       const FileOptions& files = {});

// Whether -o names a directory to write section files into: an existing directory, or a path
// ending in '/'.
bool names_directory(const std::string& path);

}  // namespace clerk::render
