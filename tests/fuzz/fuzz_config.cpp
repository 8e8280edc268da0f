// The config file: a Config or Error{config} naming the line and key, for any bytes. load()
// reads a path, so each input goes through a scratch file (the path the tool really takes).
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

#include "clerk/config/config.hpp"
#include "fuzz_support.hpp"

namespace {

// The scratch file, removed when the fuzzer exits.
struct ScratchFile {
  std::filesystem::path path = std::filesystem::temp_directory_path() /
                               ("clerk-fuzz-config-" + std::to_string(getpid()) + ".toml");
  ~ScratchFile() {
    std::error_code ec;
    std::filesystem::remove(path, ec);
  }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const ScratchFile scratch;
  const std::filesystem::path& path = scratch.path;
  {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), std::streamsize(size));
  }
  clerk::fuzz::expect_value_or_error(
      [&] {
        clerk::config::Config config = clerk::config::load(path, true);
        // What `config show` prints must load again.
        std::ofstream(path, std::ios::binary | std::ios::trunc) << clerk::config::to_toml(config);
        clerk::config::load(path, true);
      },
      {clerk::ErrorKind::config});
  clerk::fuzz::expect_value_or_error([&] { clerk::config::check(path); },
                                     {clerk::ErrorKind::config});
  return 0;
}
