// load() and check(): the config file read by the key table (config_keys).
#include <fstream>
#include <sstream>

#include <fmt/format.h>
#include <toml++/toml.h>

#include "clerk/config/config.hpp"
#include "clerk/config/config_keys.hpp"
#include "clerk/core/error.hpp"

namespace clerk::config {
namespace {

namespace fs = std::filesystem;

std::string read_file(const fs::path& path) {
  // A directory opens as a stream that reads nothing, which would pass for an empty file and
  // leave every default silently in force.
  std::error_code ec;
  if (fs::is_directory(path, ec))
    throw Error(ErrorKind::config, "cannot read the config file: it is a directory")
        .source(path.string());
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorKind::config, "cannot read the config file").source(path.string());
  std::ostringstream buf;
  buf << in.rdbuf();
  if (in.bad()) throw Error(ErrorKind::config, "cannot read the config file").source(path.string());
  return buf.str();
}

// Parses and reads the file; a TOML syntax error is one problem with its line.
std::vector<Problem> read_into(const fs::path& path, Config& config) {
  std::string text = read_file(path);
  toml::table root;
  try {
    root = toml::parse(text, path.string());
  } catch (const toml::parse_error& e) {
    return {{int(e.source().begin.line), "", std::string(e.description())}};
  }
  Problems problems;
  read_table(problems, root, "", config_keys(), config);
  return problems.list();
}

}  // namespace

Config load(const fs::path& path, bool must_exist) {
  Config config;
  if (!fs::exists(path)) {
    if (must_exist)
      throw Error(ErrorKind::config,
                  "no config file here (`clerk init` writes one; or unset CLERK_CONFIG/--config "
                  "to use the defaults)")
          .source(path.string());
    return config;
  }
  auto problems = read_into(path, config);
  if (!problems.empty()) {
    const Problem& p = problems.front();
    Error err(
        ErrorKind::config,
        p.what + (problems.size() > 1
                      ? fmt::format(" (and {} more: run `clerk config check`)", problems.size() - 1)
                      : ""));
    err.source(path.string());
    if (p.line > 0) err.line(p.line);
    if (!p.key.empty()) err.field(p.key);
    throw err;
  }
  config.path = path;
  config.from_file = true;
  return config;
}

std::string database_url(const fs::path& path) {
  if (path.empty()) return {};
  return load(path, false).database.url;
}

std::vector<std::string> check(const fs::path& path) {
  Config config;
  std::vector<std::string> out;
  for (const auto& p : read_into(path, config)) {
    std::string where = path.string();
    if (p.line > 0) where += " line " + std::to_string(p.line);
    out.push_back(where + (p.key.empty() ? "" : ", " + p.key) + ": " + p.what);
  }
  return out;
}

}  // namespace clerk::config
