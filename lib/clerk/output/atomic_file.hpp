// Writing output files atomically: a temporary file beside the target, then rename, so a failed
// command never leaves a half-written file.
#pragma once

#include <filesystem>
#include <functional>
#include <ostream>
#include <string_view>

namespace clerk::output {

// A target that exists and is not a regular file (a device, a FIFO) is written in place.
// Otherwise: calls `fill` with a stream on a temporary file in the target's directory, flushes and
// fsyncs it, then renames it over `path`. Any throw (or a stream failure) removes the temporary
// file and leaves `path` untouched. `private_file` makes it 0600 (else 0644 less the umask). Parent
// directories are created (0700) when missing.
void write_atomically(const std::filesystem::path& path,
                      const std::function<void(std::ostream&)>& fill, bool private_file = false);

void write_file_atomically(const std::filesystem::path& path, std::string_view contents,
                           bool private_file = false);

}  // namespace clerk::output
