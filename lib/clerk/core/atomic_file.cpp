#include "clerk/core/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <ext/stdio_filebuf.h>
#include <fstream>

#include "clerk/core/error.hpp"

namespace clerk {

namespace fs = std::filesystem;

namespace {

// Error{cannot_create} naming `dir` when it does not exist and may not be made.
void need_directory(const fs::path& dir, bool create) {
  std::error_code ec;
  if (fs::is_directory(dir, ec)) return;
  if (fs::exists(dir, ec))
    throw Error(ErrorKind::cannot_create, "not a directory").source(dir.string());
  if (!create) throw Error(ErrorKind::cannot_create, "no such directory").source(dir.string());
  fs::create_directories(dir, ec);
  if (ec)
    throw Error(ErrorKind::cannot_create, "cannot create directory: " + ec.message())
        .source(dir.string());
  fs::permissions(dir, fs::perms::owner_all, ec);
}

}  // namespace

void require_parent_directory(const fs::path& target) {
  fs::path path = target.filename().empty() ? target.parent_path() : target;
  fs::path dir = path.parent_path();
  if (!dir.empty()) need_directory(dir, false);
}

void make_output_directory(const fs::path& dir, const FileOptions& options) {
  std::error_code ec;
  if (fs::is_directory(dir, ec)) return;
  if (!options.create_directories) require_parent_directory(dir);
  need_directory(dir, true);
}

void write_atomically(const fs::path& path, const std::function<void(std::ostream&)>& fill,
                      const FileOptions& options) {
  // A device or pipe (/dev/stdout, /dev/null, a FIFO) is written in place: renaming a file over
  // it would replace the device itself.
  std::error_code status_error;
  auto status = fs::status(path, status_error);
  if (!status_error && fs::exists(status) && !fs::is_regular_file(status)) {
    std::ofstream out(path, std::ios::binary);
    if (!out)
      throw Error(ErrorKind::cannot_create, "cannot open for writing").source(path.string());
    fill(out);
    out.flush();
    if (!out) throw Error(ErrorKind::io, "cannot write").source(path.string());
    return;
  }
  fs::path dir = path.parent_path().empty() ? fs::path(".") : path.parent_path();
  need_directory(dir, options.create_directories);
  std::string tmpl = (dir / ("." + path.filename().string() + ".XXXXXX")).string();
  int fd = mkstemp(tmpl.data());
  if (fd < 0)
    throw Error(ErrorKind::cannot_create,
                std::string("cannot create the output file: ") + std::strerror(errno))
        .source(path.string());
  // mkstemp makes 0600. A file being replaced keeps its mode (someone chose it); a new one gets
  // the configured mode, exactly: not widened by the umask's absence nor narrowed by it.
  struct stat existing {};
  mode_t mode = ::stat(path.c_str(), &existing) == 0 ? existing.st_mode & 07777
                                                     : static_cast<mode_t>(options.mode & 0777);
  if (mode != 0600) fchmod(fd, mode);
  auto discard = [&] { ::unlink(tmpl.c_str()); };
  try {
    __gnu_cxx::stdio_filebuf<char> buf(fd, std::ios::out | std::ios::binary);
    std::ostream out(&buf);
    fill(out);
    out.flush();
    if (!out || buf.pubsync() != 0 || ::fsync(fd) != 0)
      throw Error(ErrorKind::io,
                  std::string("cannot write the output file: ") + std::strerror(errno))
          .source(path.string());
  } catch (...) {
    discard();
    throw;
  }
  // stdio_filebuf closed fd when it went out of scope.
  if (std::rename(tmpl.c_str(), path.c_str()) != 0) {
    int err = errno;
    discard();
    throw Error(ErrorKind::cannot_create,
                std::string("cannot replace the output file: ") + std::strerror(err))
        .source(path.string());
  }
}

void write_file_atomically(const fs::path& path, std::string_view contents,
                           const FileOptions& options) {
  write_atomically(
      path, [&](std::ostream& out) { out << contents; }, options);
}

}  // namespace clerk
