// SHA-256 through OpenSSL's libcrypto (EVP), as lowercase hex so an auditor can recompute it
// with stock `sha256sum` or `openssl dgst -sha256`.
#pragma once

#include <string>
#include <string_view>

namespace clerk::audit {

class Sha256 {
 public:
  Sha256();
  ~Sha256();
  Sha256(const Sha256&) = delete;
  Sha256& operator=(const Sha256&) = delete;

  Sha256& update(std::string_view bytes);
  // Hex digest; the hasher is reset and can be reused.
  std::string hex_digest();

 private:
  void* ctx_;  // EVP_MD_CTX*, kept opaque so callers need no OpenSSL headers
};

std::string sha256_hex(std::string_view bytes);

// `n` cryptographically random bytes as hex (database ids, payload salts).
std::string random_hex(size_t n);

}  // namespace clerk::audit
