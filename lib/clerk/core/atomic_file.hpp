// Writing output files atomically: a temporary file beside the target, then rename, so a failed
// command never leaves a half-written file.
#pragma once

#include <filesystem>
#include <functional>
#include <ostream>
#include <string_view>

namespace clerk {

// How an output file is made.
struct FileOptions {
  // The permission bits of a file clerk creates: owner only unless the config's [output] mode
  // widens them (UK GDPR: exports hold personal data). A file that exists keeps its own mode.
  unsigned mode = 0600;
  // Whether missing parent directories are made (0700): only for paths the config names (saved
  // reports, the config file itself). A mistyped -o is refused with Error{cannot_create} naming
  // the missing directory rather than building a tree.
  bool create_directories = false;
};

// A target that exists and is not a regular file (a device, a FIFO) is written in place.
// Otherwise: calls `fill` with a stream on a temporary file in the target's directory, flushes and
// fsyncs it, then renames it over `path`. Any throw (or a stream failure) removes the temporary
// file and leaves `path` untouched.
void write_atomically(const std::filesystem::path& path,
                      const std::function<void(std::ostream&)>& fill,
                      const FileOptions& options = {});

void write_file_atomically(const std::filesystem::path& path, std::string_view contents,
                           const FileOptions& options = {});

// Error{cannot_create} naming the directory `target` would go in when it is missing or not a
// directory ("out/" goes in "."): for a command to refuse a bad -o before doing any work.
void require_parent_directory(const std::filesystem::path& target);

// Makes `dir`, a directory an -o names to write files into, when it is missing (0700); its
// parent must exist unless `options.create_directories`. Error{cannot_create} when it cannot be
// made or is not a directory.
void make_output_directory(const std::filesystem::path& dir, const FileOptions& options);

}  // namespace clerk
