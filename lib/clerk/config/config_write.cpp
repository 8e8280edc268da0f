// to_toml() and the file `clerk init` writes: the config written by the key table (config_keys).
#include "clerk/config/config.hpp"
#include "clerk/config/config_keys.hpp"
#include "clerk/config/toml_writer.hpp"

namespace clerk::config {

std::string to_toml(const Config& config) {
  TomlWriter w;
  write_keys(w, "", config_keys(), config);
  return w.text();
}

std::string default_file_text() {
  return R"(# clerk configuration. Every key is optional; the values shown are the defaults.
# See examples/config.toml in the source for every key with an explanation.

[office]
name = "Constituency Office"
address = ""

[holidays]
# england-and-wales, scotland or northern-ireland
nation = "england-and-wales"

[working_hours]
start = "09:00"
end = "17:00"
days = ["mon", "tue", "wed", "thu", "fri"]
)";
}

}  // namespace clerk::config
